// Meeting identifiers written in an invite (meeting IDs/numbers, conference IDs, the digits in join links,
// the first group of dial strings). A "credential" equal to one of these merely repeats the meeting
// number, as Webex and GoTo "access codes" do, and is not a secret.
import { endOfLastStrongTerm, IDENTIFIER_PHRASE, WORD_START_SOURCE } from './credential-lexicon.js';
import { digitsOf } from './credential-value.js';
import type { DialString } from './dial-strings.js';
import type { Link } from './types.js';

const IDENTIFIER_VALUE = new RegExp(
  `(?:${IDENTIFIER_PHRASE.source.replaceAll(WORD_START_SOURCE, '')})[^\\n:：=]{0,30}[:：=]?[ \\t]*\\n?[ \\t]*(\\d[\\d \\t.-]{3,24}\\d)`,
  'gi',
);
const HAS_DIGIT = /\d/;
const DIGIT = /\d/g;
const HAS_DIGIT_AT = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};
const LINK_DIGITS = /\/(?:j|w|s|join|meet|meeting|my)?\/?(\d{6,14})(?:[/?#]|$)/;
// The meeting number as a join link's parameter (Zoom app links `confno=`, Zoho `key=`, others `meetingId=`).
const LINK_ID_PARAM = /[?&#](?:confno|key|meetingid|meeting_id|mid|conf|conferenceid)=(\d{6,14})(?:[&#]|$)/i;

/** What the detectors ask of the meeting identifiers: whether some digits name the meeting. */
export interface MeetingIdentifiers {
  has(digits: string): boolean;
  /** The digits name the meeting in a join link (its path or meeting-number parameter). */
  inJoinLink(digits: string): boolean;
  /** The digits stand after an identifier's label in the text ("Meeting ID: …", "Conference ID …"). */
  labelledInText(digits: string): boolean;
}

/**
 * The identifiers of an invite, collected on the first question: most invites have no credential candidate
 * that needs them, and collecting means reading every line with a digit.
 */
export function lazyIdentifiers(
  text: string,
  links: readonly Link[],
  dialStrings: readonly DialString[],
): MeetingIdentifiers {
  // Each source is read once, on the first question that needs it.
  let textIds: Set<string> | undefined;
  let linkIds: Set<string> | undefined;
  const inText = (digits: string): boolean => {
    textIds ??= textIdentifiers(text, new Set());
    return textIds.has(digits);
  };
  const inLink = (digits: string): boolean => {
    linkIds ??= linkIdentifiers(links, new Set());
    return linkIds.has(digits);
  };
  return {
    has: (digits) => inText(digits) || inLink(digits) || dialStrings.some((d) => d.meetingId === digits),
    inJoinLink: inLink,
    labelledInText: inText,
  };
}

/** Adds to `ids` the numbers written after an identifier's label; returns `ids`. */
function textIdentifiers(text: string, ids: Set<string>): Set<string> {
  const scan = (window: string): void => {
    IDENTIFIER_VALUE.lastIndex = 0;
    for (let m = IDENTIFIER_VALUE.exec(window); m; m = IDENTIFIER_VALUE.exec(window)) {
      const digits = digitsOf(m[1] ?? '');
      // "Conference ID and then your leader PIN 83514": a credential label between names the number.
      if (digits.length >= 4 && endOfLastStrongTerm(m[0].slice(0, m[0].length - (m[1] ?? '').length)) < 0)
        ids.add(digits);
    }
  };
  // Only lines with digits can name an ID, and a short label line without digits whose value starts the next
  // line. One scan for digits finds those lines; lines without digits are never sliced.
  DIGIT.lastIndex = 0;
  for (let d = DIGIT.exec(text); d; d = DIGIT.exec(text)) {
    const lineStart = d.index === 0 ? 0 : text.lastIndexOf('\n', d.index - 1) + 1;
    const nl = text.indexOf('\n', d.index);
    const lineEnd = nl < 0 ? text.length : nl;
    if (lineStart > 0 && HAS_DIGIT_AT(text, lineStart)) {
      // The previous line, read together with this one when it has no digit and is short.
      const prevStart = lineStart < 2 ? 0 : text.lastIndexOf('\n', lineStart - 2) + 1;
      if (lineStart - 1 - prevStart < 60 && !HAS_DIGIT.test(text.slice(prevStart, lineStart - 1)))
        scan(text.slice(prevStart, lineEnd));
    }
    scan(text.slice(lineStart, lineEnd));
    if (nl < 0) break;
    DIGIT.lastIndex = nl + 1;
  }
  return ids;
}

/** Adds to `ids` the meeting numbers written in links (`/j/85512345678`, `confno=…`); returns `ids`. */
function linkIdentifiers(links: readonly Link[], ids: Set<string>): Set<string> {
  for (const { url } of links) {
    if (url.startsWith('tel:')) continue;
    const m = LINK_DIGITS.exec(url.replace(/^[a-z]+:\/\/[^/]+/i, ''));
    if (m?.[1]) ids.add(m[1]);
    const p = LINK_ID_PARAM.exec(url);
    if (p?.[1]) ids.add(p[1]);
  }
  return ids;
}
