// Meeting identifiers written in an invite (meeting IDs/numbers, conference IDs, the digits in join links,
// the first group of dial strings). A "credential" equal to one of these merely repeats the meeting
// number, as Webex and GoTo "access codes" do, and is not a secret.
import { IDENTIFIER_PHRASE, WORD_START_SOURCE } from './credential-lexicon.js';
import { digitsOf } from './credential-value.js';
import type { DialString } from './dial-strings.js';
import type { Link } from './types.js';

const IDENTIFIER_VALUE = new RegExp(
  `(?:${IDENTIFIER_PHRASE.source.replaceAll(WORD_START_SOURCE, '')})[^\\n:：=]{0,30}[:：=]?[ \\t]*\\n?[ \\t]*(\\d[\\d \\t.-]{3,24}\\d)`,
  'gi',
);
const HAS_DIGIT = /\d/;
const LINK_DIGITS = /\/(?:j|w|s|join|meet|meeting|my)?\/?(\d{6,14})(?:[/?#]|$)/;

export function collectIdentifiers(
  text: string,
  links: readonly Link[],
  dialStrings: readonly DialString[],
): Set<string> {
  const ids = new Set<string>();
  // Only lines with digits (or a short label line whose value sits on the next line) can name an ID.
  for (let lineStart = 0; lineStart <= text.length; ) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    let window = text.slice(lineStart, lineEnd);
    if (!HAS_DIGIT.test(window) && window.length < 60 && nl >= 0 && HAS_DIGIT.test(text[nl + 1] ?? '')) {
      const nextEnd = text.indexOf('\n', nl + 1);
      window = text.slice(lineStart, nextEnd < 0 ? text.length : nextEnd);
    }
    if (HAS_DIGIT.test(window)) {
      IDENTIFIER_VALUE.lastIndex = 0;
      for (let m = IDENTIFIER_VALUE.exec(window); m; m = IDENTIFIER_VALUE.exec(window)) {
        const digits = digitsOf(m[1] ?? '');
        if (digits.length >= 4) ids.add(digits);
      }
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  for (const { url } of links) {
    if (url.startsWith('tel:')) continue;
    const m = LINK_DIGITS.exec(url.replace(/^[a-z]+:\/\/[^/]+/i, ''));
    if (m?.[1]) ids.add(m[1]);
  }
  for (const dial of dialStrings) ids.add(dial.meetingId);
  return ids;
}
