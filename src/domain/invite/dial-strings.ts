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

export function findDialStrings(text: string): DialString[] {
  if (!text.includes(',,') && !text.includes(';') && !text.includes(',')) return [];
  const found: DialString[] = [];
  DIAL_STRING.lastIndex = 0;
  for (let m = DIAL_STRING.exec(text); m; m = DIAL_STRING.exec(text)) {
    if (m.index > 0 && /[\d+]/.test(text[m.index - 1] ?? '')) continue;
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
    found.push({ text: m[0], meetingId, credentials, index: m.index });
  }
  return found;
}
