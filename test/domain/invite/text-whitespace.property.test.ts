// tidyLines and collapseWhitespace are hand-written scans; they must give what plain string replacements give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, tidyLines } from '../../../src/domain/invite/html-to-text.js';

const byReplacements = (text: string): string =>
  text
    .replace(/\n[ \t\u00a0]+/g, '\n')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

const piece = fc.constantFrom(
  'a',
  'Zoom',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\n',
  '\n\n',
  '\u2007',
  '\u3000',
  '\r',
  '\f',
  'é',
);

describe('tidyLines', () => {
  it('trims lines and collapses blank lines as the string replacements do', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(tidyLines(text)).toBe(byReplacements(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('handles the edges', () => {
    for (const text of [
      '',
      '\n',
      ' \n ',
      'a',
      ' a ',
      '\n\n\na\n\n\n',
      'a \n \n \n b',
      '\u3000\n\n\nx',
      'x\n\u2007\n\n',
    ])
      expect(tidyLines(text)).toBe(byReplacements(text));
  });
});

describe('collapseWhitespace', () => {
  const byReplacement = (text: string): string => text.replace(/[ \t\n\r\f\u00a0\u2007\u202f]+/g, ' ');
  it('turns each run of HTML whitespace (and no-break, figure, narrow no-break spaces) into one space', () => {
    const part = fc.constantFrom(
      'a',
      'Meeting',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '\f',
      '\u00a0',
      '\u2007',
      '\u202f',
      '\u3000',
      'é',
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(collapseWhitespace(text)).toBe(byReplacement(text));
      }),
      { numRuns: 3000 },
    );
  });
});
