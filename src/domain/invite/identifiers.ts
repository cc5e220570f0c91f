// Meeting identifiers written in an invite (meeting IDs/numbers, conference IDs, the digits in join links,
// the first group of dial strings). A "credential" equal to one of these merely repeats the meeting
// number, as Webex and GoTo "access codes" do, and is not a secret.
import { IDENTIFIER_PHRASE } from './credential-lexicon.js';
import { digitsOf } from './credential-value.js';
import type { DialString } from './dial-strings.js';
import type { Link } from './types.js';

const IDENTIFIER_VALUE = new RegExp(
  `(?:${IDENTIFIER_PHRASE.source})[^\\n:：=]{0,30}[:：=]?[ \\t]*\\n?[ \\t]*(\\d[\\d \\t.-]{3,24}\\d)`,
  'giu',
);
const LINK_DIGITS = /\/(?:j|w|s|join|meet|meeting|my)?\/?(\d{6,14})(?:[/?#]|$)/;

export function collectIdentifiers(
  text: string,
  links: readonly Link[],
  dialStrings: readonly DialString[],
): Set<string> {
  const ids = new Set<string>();
  IDENTIFIER_VALUE.lastIndex = 0;
  for (let m = IDENTIFIER_VALUE.exec(text); m; m = IDENTIFIER_VALUE.exec(text)) {
    const digits = digitsOf(m[1] ?? '');
    if (digits.length >= 4) ids.add(digits);
  }
  for (const { url } of links) {
    if (url.startsWith('tel:')) continue;
    const m = LINK_DIGITS.exec(url.replace(/^[a-z]+:\/\/[^/]+/i, ''));
    if (m?.[1]) ids.add(m[1]);
  }
  for (const dial of dialStrings) ids.add(dial.meetingId);
  return ids;
}
