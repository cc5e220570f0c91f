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
// only lines with such an anchor are searched.
const DIAL_ANCHOR = /\d ?[,;]{1,8}[*#]?\d/g;

export function findDialStrings(text: string): DialString[] {
  if (!text.includes(',,') && !text.includes(';') && !text.includes(',')) return [];
  const found: DialString[] = [];
  DIAL_ANCHOR.lastIndex = 0;
  for (let a = DIAL_ANCHOR.exec(text); a; a = DIAL_ANCHOR.exec(text)) {
    const lineStart = a.index === 0 ? 0 : text.lastIndexOf('\n', a.index - 1) + 1;
    const nl = text.indexOf('\n', a.index);
    const lineEnd = nl < 0 ? text.length : nl;
    findInLine(text, lineStart, text.slice(lineStart, lineEnd), found);
    if (nl < 0) break;
    DIAL_ANCHOR.lastIndex = nl + 1;
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
