// Detector 2: one-tap / tap-to-join dial strings. The first digit group after the pause commas is the
// meeting or conference ID; a later group (Zoom `#,,,,*123456#`, Webex `#22312345#`, RingCentral
// `#,,1234567#`) is the numeric passcode that the phone types for the caller.
import { digitsOf } from './credential-value.js';

export interface DialString {
  /** The whole dial string as written. */
  text: string;
  /** The ID dialled first (an identifier). */
  meetingId: string;
  /** Later groups that carry a passcode or PIN. */
  credentials: string[];
  index: number;
}

// phone number, then pauses (`,` `;`) and digit groups with `#`/`*`; bounded repetitions, no nested quantifiers.
const DIAL_STRING = /(\+?\(?\d[\d ().-]{5,22}\d)[ ]?((?:[,;]{1,8}[*#]?\d{1,20}#?){1,4}(?:[*#]?\d{1,20}#)?)/g;

// Every dial string holds a digit, optional space, pause characters and a digit (a line never breaks one):
// only lines with such an anchor (`\d ?[,;]{1,8}[*#]?\d`) are searched.
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isPause = (c: number): boolean => c === 44 /* , */ || c === 59 /* ; */;

/** Offset of the first pause character of the first anchor at or after `from`, or -1. */
function nextAnchor(text: string, from: number): number {
  let comma = text.indexOf(',', from);
  let semicolon = text.indexOf(';', from);
  while (comma >= 0 || semicolon >= 0) {
    const at = semicolon < 0 || (comma >= 0 && comma < semicolon) ? comma : semicolon;
    // Pauses start a run right after a digit or a digit and one space; the run (at most 8 long) is followed
    // by an optional `*`/`#` and a digit.
    let end = at;
    while (end < text.length && isPause(text.charCodeAt(end))) end++;
    const before = text.charCodeAt(at - 1);
    if (at > 0 && end - at <= 8 && (isDigit(before) || (before === 32 && at > 1 && isDigit(text.charCodeAt(at - 2))))) {
      const next = text.charCodeAt(end);
      if (isDigit(next) || ((next === 42 || next === 35) && isDigit(text.charCodeAt(end + 1)))) return at;
    }
    if (comma >= 0 && comma < end) comma = text.indexOf(',', end);
    if (semicolon >= 0 && semicolon < end) semicolon = text.indexOf(';', end);
  }
  return -1;
}

export function findDialStrings(text: string): DialString[] {
  // (`,` first: prose has one early, so most texts are settled by a short search.)
  if (!text.includes(',') && !text.includes(';')) return [];
  const found: DialString[] = [];
  for (let at = nextAnchor(text, 0); at >= 0; ) {
    const lineStart = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    findInLine(text, lineStart, text.slice(lineStart, lineEnd), found);
    if (nl < 0) break;
    at = nextAnchor(text, nl + 1);
  }
  return found;
}

function findInLine(text: string, lineStart: number, line: string, found: DialString[]): void {
  DIAL_STRING.lastIndex = 0;
  for (let m = DIAL_STRING.exec(line); m; m = DIAL_STRING.exec(line)) {
    const index = lineStart + m.index;
    if (index > 0 && /[\d+]/.test(text[index - 1] ?? '')) continue;
    const tail = m[2] ?? '';
    const groups = tail
      .split(/[,;#]+/)
      .map((g) => g.replace(/^\*/, ''))
      .filter((g) => g.length > 0);
    const [meetingId, ...later] = groups;
    if (!meetingId || digitsOf(m[1] ?? '').length < 7) continue;
    // A single comma between a phone number and digits is list punctuation, not a pause.
    if (!/^[,;]{2}|^;/.test(tail) && !tail.includes('#')) continue;
    const credentials = later.filter((g) => g.length >= 4 && g !== meetingId);
    found.push({ text: m[0], meetingId, credentials, index });
  }
}
