import { describe, expect, it } from 'vitest';
import { createGuidance } from '../../../src/domain/guidance/index.js';
import { createSpellingCorrector } from '../../../src/domain/guidance/spelling.js';

describe('spelling corrector', () => {
  const speller = createSpellingCorrector(['being', 'unknown', 'mute', 'recordings', 'camera', 'client']);

  it('corrects swapped neighbouring letters as one edit (Damerau), from four letters on', () => {
    expect(speller.correct('bieng')).toBe('being');
    expect(speller.correct('unknwon')).toBe('unknown');
    expect(speller.correct('mtue')).toBe('mute');
    expect(speller.correct('recrodings')).toBe('recordings');
  });

  it('still corrects other single edits and leaves far words alone', () => {
    expect(speller.correct('camra')).toBe('camera');
    expect(speller.correct('cliant')).toBe('client');
    expect(speller.correct('zebra')).toBe('zebra');
  });
});

describe('question words', () => {
  const guidance = createGuidance();
  const corrected = (q: string) => guidance.explain(q).question.words;

  it.each([
    ['how do i schedule a recurring meeting', 'recurring'],
    ['the reception desk', 'reception'],
    ['the whole company', 'whole'],
    ['typing the meeting id', 'typing'],
    ['vetting a supplier', 'vetting'],
  ])('does not turn an everyday word into a knowledge-base word: %s', (q, word) => {
    expect(corrected(q)).toContain(word);
  });

  it.each([
    ['how to no if im bieng recorded', 'being'],
    ['unknwon caller in my meeting', 'unknown'],
  ])('fixes swapped letters in questions: %s', (q, word) => {
    expect(corrected(q)).toContain(word);
  });
});
