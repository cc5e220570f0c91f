// The value grammar: what may stand after a credential label, and what merely looks like it could.
import { NO_CREDENTIAL_WORDS } from './credential-lexicon.js';

export type Separator = 'explicit' | 'space';

export interface ValueRead {
  /** The value as written (digit groups keep their single spaces). */
  value: string;
  /** The rest of the line after the value. */
  rest: string;
}

const DIGIT_GROUPS = /^\d+(?: \d+)*/;
const TOKEN = /^[^\s]+/;
// Opening quotes and emphasis, also "*Passcode:* 551203" where the label's closing emphasis precedes a space.
// Words, not an area code ("(11) 97658-3321" is a phone number).
const REMARK = /^\((?=[^()\n]*\p{L}{2})[^()\n]{1,40}\)[ \t]+(?=\S)/u;
const OPENING = /^["'“”‘’«»`*„‚「『【]+[ \t]*/;
const CLOSING_PUNCT = /[.,;:"'“”‘’«»`*#」』】、。，．！？]+$/;
const CLOSING_NOT_STAR = /[.,;:"'“”‘’«»`#」』】、。，．！？]+$/;
// A quoted value ends at its closing quote, also where no space follows it ("パスワードは「Kx82mQ」です。").
const CLOSING_QUOTE = /["“”‘’«»`」』】]/;
// After digits, these continue the value ("4471-2290", "12!ab"); a letter starts a token as before.
// Kana and ideographs end a value instead ("パスコードは551203です。").
const CONTINUES_DIGITS = /^(?:(?![\u3040-\u30ff\u3400-\u9fff])[\p{L}_!@$%&+=/~^]|-[\p{L}\p{N}])/u;

// Digits written as words, four or more in a row ("four four one nine two seven", "siete siete cuatro uno"), in
// the languages read. Fewer than four are ordinary words ("one of the two").
const DIGIT_WORD =
  '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|z[ée]ro|un|deux|trois|quatre|cinq|six|sept|huit|neuf|null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|due|tre|quattro|cinque|sei|sette|otto|nove|um|dois|três|quatro|sete|oito|nul|een|twee|drie|vijf|zes|zeven|negen)';
const DIGIT_WORDS = new RegExp(`^${DIGIT_WORD}(?:[ ,-]+${DIGIT_WORD}){3,}(?![\\p{L}])`, 'iu');

const BRACKETED_VALUE = /^\((\d[\d ]{2,}\d|(?=[A-Za-z]*\d)[A-Za-z\d]{4,})\)/;

/** Reads the value that starts at the beginning of `s` (a line remainder). */
export function readValue(s: string): ValueRead | undefined {
  // A remark in parentheses before the value: "(case sensitive) Xy12ab", "(claim host if Jo drops)\t408051".
  const remark = s.charCodeAt(0) === 40 /* ( */ ? REMARK.exec(s) : null;
  const source = remark ? s.slice(remark[0].length) : s;
  // A value alone in parentheses: "enter the guest PIN (3390) when prompted".
  const bracketed = s.charCodeAt(0) === 40 /* ( */ ? BRACKETED_VALUE.exec(s) : null;
  if (bracketed?.[1]) return { value: bracketed[1], rest: s.slice(bracketed[0].length) };
  const text = source.replace(OPENING, '');
  const spelled = DIGIT_WORDS.exec(text);
  if (spelled) return { value: spelled[0], rest: text.slice(spelled[0].length) };
  const digits = DIGIT_GROUPS.exec(text);
  if (digits && !CONTINUES_DIGITS.test(text.slice(digits[0].length))) {
    return { value: digits[0], rest: text.slice(digits[0].length).replace(/^#/, '') };
  }
  const token = TOKEN.exec(text);
  if (!token) return undefined;
  if (text.length < source.length) {
    const close = token[0].search(CLOSING_QUOTE);
    if (close > 0) return { value: token[0].slice(0, close), rest: text.slice(close + 1) };
  }
  // Japanese runs straight on into the sentence ("パスワードはHx72pQです"): the value ends at the first kana/ideograph.
  const cjk = token[0].search(KANA_OR_IDEOGRAPH);
  if (cjk > 0) return { value: token[0].slice(0, cjk).replace(CLOSING_PUNCT, ''), rest: text.slice(cjk) };
  let value = token[0].replace(CLOSING_PUNCT, '');
  // A closing `*` is emphasis where emphasis opened ("Passcode: *Xy12ab*"); a value of symbols types it ("PW: 9x^Tq*").
  const emphasised = source.length > text.length && source.slice(0, source.length - text.length).includes('*');
  if (!emphasised && token[0].endsWith('*') && /[^\w*]/.test(value)) value = token[0].replace(CLOSING_NOT_STAR, '');
  value = dropUnbalancedClosers(value);
  return { value, rest: text.slice(token[0].length) };
}

function dropUnbalancedClosers(value: string): string {
  let v = value;
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
    ['{', '}'],
    ['<', '>'],
    ['（', '）'],
  ] as const) {
    while (v.endsWith(close) && count(v, open) < count(v, close)) v = v.slice(0, -1).replace(CLOSING_PUNCT, '');
  }
  return v;
}

const count = (s: string, c: string): number => s.split(c).length - 1;

// Masks and template placeholders: `******`, `XXXXXX`, `••••`, `[redacted]`, `{{meeting_passcode}}`, `##meetingPassword`,
// `[[TEAMS_PASSCODE]]`, `<<passcode>>`, `%%PIN%%`.
const MASK =
  /^[*•●○·xX#_\-–—.?]+$|^\{\{.*\}?\}?$|^\{[\w.]+\}$|^\$\{|^\$[A-Z][A-Z0-9_]*$|^%+[\w.]+%*$|^##|^<+[^>]*>*$|^\[+[^\]]*\]*$|redact|placeholder/i;
const LETTERS_ONLY = /^[\p{L}'’]+$/u;
const HAS_DIGIT = /\d/;
// Kana and CJK ideographs: Japanese/Chinese prose after a label ("なし", "別途メールでお送りします"); passcodes are typed
// on keypads and keyboards.
const KANA_OR_IDEOGRAPH = /[\u3040-\u30ff\u3400-\u9fff]/;
// A Google Meet meeting code ("abc-defg-hij") names the meeting, whatever label it stands after.
const MEET_CODE = /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/;
// Dotted or slashed abbreviations without digits: "n.v.t." (nl), "k.A." (de), "n/d" (es/it), "s.o." (see above).
const ABBREVIATION = /^\p{L}{1,3}(?:[./]\p{L}{1,3}){1,3}\.?$/u;
// "6-digit", "4-stellig", "2-step": a count and a word describe a code, they are not one.
const COUNT_WORD = /^\d{1,2}-\p{L}{3,}$/u;
// One test for the shapes above (values are read once per label, so one regex rather than four).
const NOT_A_VALUE = new RegExp(
  [KANA_OR_IDEOGRAPH, MEET_CODE, ABBREVIATION, COUNT_WORD].map((r) => r.source).join('|'),
  'u',
);
const DIGITS_ONLY = /^[\d ]+$/;
// Words that describe a credential rather than being one ("The passcode is case-sensitive – it's wK7pQz").
const DESCRIPTOR =
  /^(?:case-(?:in)?sensitive|auto-generated|system-generated|randomly-generated|one-time|single-use|time-limited|pre-set|built-in|re-usable|non-reusable)$/i;
const DATE_OR_TIME = /^\d{1,4}[:/.]\d{1,2}(?:[:/.]\d{1,4})?(?:[ap]m)?$/i;

/** Decides whether a read value is a credential (true), given how it was introduced. */
export function isCredentialValue(read: ValueRead, separator: Separator): boolean {
  const { value, rest } = read;
  if (value.length < 4 && !(value.length === 3 && /\D/.test(value) && HAS_DIGIT.test(value))) return false;
  if (value.length > 600) return false;
  if (MASK.test(value) || value.includes('[link]')) return false;
  if (value.startsWith('+') || value.startsWith('(') || (value.includes('@') && /\.\w{2,}$/.test(value))) return false;
  // Digit groups (most values) need none of the shape tests below.
  const digitsOnly = DIGITS_ONLY.test(value);
  if (digitsOnly) return value.replace(/ /g, '').length >= 4;
  if (DATE_OR_TIME.test(value)) return false;
  if (NOT_A_VALUE.test(value) || DESCRIPTOR.test(value)) return false;
  if (/^https?:|^www\./i.test(value)) return false;
  if (LETTERS_ONLY.test(value)) {
    if (NO_CREDENTIAL_WORDS.has(value.toLowerCase())) return false;
    // A word followed by more words is prose ("see the project wiki", "via SMS", "te la mando por Telegram").
    if (/^\s*[\p{L}]/u.test(rest)) return false;
    if (separator === 'space') return false;
    const innerCapitals = /\p{Lu}/u.test(value.slice(1)) && /\p{Ll}/u.test(value);
    const shouting = value === value.toUpperCase() && value.length >= 5;
    return innerCapitals || shouting || value.length >= 8;
  }
  return !(separator === 'space' && !HAS_DIGIT.test(value));
}

/**
 * A single word of 5–10 Latin letters ending its line, that says nothing about a credential ("Xubhrh", not "Required"
 * or "keine"): a passcode only where a provider's generated block stands around it (the caller checks).
 */
const LONE_WORD = /^[A-Za-z]{5,10}$/;
export function isLoneWordValue(read: ValueRead): boolean {
  const { value, rest } = read;
  return LONE_WORD.test(value) && !isPlaceholder(value) && rest.trim() === '';
}

/** A mask, an unfilled template field or a word that says there is no credential ("******", "{{pwd}}", "none"). */
export const isPlaceholder = (value: string): boolean =>
  MASK.test(value) || NO_CREDENTIAL_WORDS.has(value.toLowerCase());

/** Digits of a value, for comparing with meeting identifiers written with other grouping. */
export const digitsOf = (value: string): string => value.replace(/\D/g, '');
