// Detector 1: labelled credentials ("Passcode: Xy12ab", "Kenncode: …", "パスコード：…", "[pw Xy12ab]").
// Mechanism: a label from the lexicon × the value grammar × negative context. The phrase before the
// separator decides the meaning (identifier, credential, host credential, talk about passwords).
import {
  BARE_CODE_OK_BEFORE,
  CREDENTIAL_TERM,
  CREDENTIAL_WORD_FRAGMENTS,
  CREDENTIAL_WORD_PROBE,
  DIAL_IN_PHRASE,
  endOfLastStrongTerm,
  HOST_PHRASE,
  IDENTIFIER_PHRASE,
  isBareCode,
  isWeakTerm,
  NOT_A_CREDENTIAL_PHRASE,
  startsWord,
} from './credential-lexicon.js';
import { digitsOf, isCredentialValue, isLoneWordValue, readValue, type Separator } from './credential-value.js';
import type { MeetingIdentifiers } from './identifiers.js';

export type CredentialKind = 'passcode' | 'host' | 'dial-in';

export interface LabelledCredential {
  value: string;
  kind: CredentialKind;
  /** The line it was found on (unredacted: callers redact before showing). */
  line: string;
  /** Offset of the value in the scanned text. */
  index: number;
  /** Written next to a meeting-ID line, as provider-generated invite blocks do. */
  generated: boolean;
}

// Separator after the label, with an optional short qualifier before it ("Moderator passcode (co-hosts only):",
// "Contraseña de la sala:"); arrows (`→`, `->`) as chat writes them. Verbs "is/est/es/ist/lautet/é/è" (and "is now"…) count as separators too, and a filler
// "it's" after the separator ("a lobby password on the room – it's lantern-77") is not the value.
const EXPLICIT_SEPARATOR =
  /^((?:[ \t]*\([^()\n]{1,80}\))?[^:=：\n[\]]{0,40}?)[ \t\u00a0]*(?:[→⇒]|->|=>|[:=：]|,[ \t]*(?:it['’]s|it is|that['’]s)[ \t]+|[ \t]+[-–—][ \t]+|[ \t]+(?:(?:is |has been |was |has )?(?:changed|updated) to|(?:is |wordt )?gewijzigd (?:naar|in)|(?:ist |wurde )?geändert (?:auf|in|zu)|(?:a été |est )?(?:changé|modifié) (?:en|pour|à)|(?:ha sido |se ha |ha )?cambiado a|(?:è stato |è )?cambiato in|(?:foi )?(?:alterad[ao]|mudad[ao]) para|mudou para|c['’]est|is still|ist immer noch|ist noch|est toujours|reste|sigue siendo|es todavía|è ancora|é ainda|is nog steeds|blijft|is now|ist jetzt|ist nun|est maintenant|es ahora|è ora|é agora|is nu|is|est|es|ist|lautet|é|è|era|was|will be)[ \t]+|は|を)[ \t\u00a0]*(?:(?:it|that)['’]s[ \t]+|it is[ \t]+)?/iu;
// A space, or nothing before a Japanese quote ("パスコード「Hx8mK2」の入力を…").
/** A separator as matched: the whole separator, and the qualifier words before it. */
interface SeparatorMatch {
  readonly 0: string;
  readonly 1?: string | undefined;
}
const SPACE_SEPARATOR = /^(?:[ \t\u00a0]+|(?=[「『【]))/;
// "pass" is a label only alone on its line (a boarding pass, a pass mark and a building pass are written in prose).
const TRAILING_REMARK = /^[ \t\u00a0]*\([^()\n]{1,60}\)[ \t\u00a0]*$/;
const LONE_PASS_LINE = /^(?:[ \t]*>)*[ \t]*pass[ \t]*:?[ \t]*$/i;
const QUOTE_PREFIX = /^(?:[ \t]*>)+/;
// A verb or a dash (not a colon, an equals sign or an arrow): what follows may be words before the real separator.
const SOFT_SEPARATOR = /^[^:=：→⇒>]*$/;
// After words (no number of three digits or more outside parentheses: that would be a value), a colon or a dash, then
// perhaps a verb: "…es el mismo que en la última sesión: 550127", "…para quem é de fora da empresa – é cJ9x2W",
// "… – I set it to the same one as part 1 (meeting 812 3399 0456): 661204".
const LATER_SEPARATOR =
  /^((?:[^:=：\n[\]\d(]|\d{1,2}(?!\d)|\([^()\n]{0,40}\)){0,80}?)(?:[ \t\u00a0]*[:：]|[ \t]+[-–—])[ \t\u00a0]*(?:(?:it|that)['’]s[ \t]+|it is[ \t]+|(?:is|é|è|es|est|ist)[ \t]+)?(?=\S)/iu;
// Instructions to guests: "When prompted for a passcode, enter 61840275", "if asked for the password, just type
// Xk29mq", and German's verb at the end: "Falls Teams nach einem Kenncode fragt, bitte Kx7tP2 eingeben".
const INSTRUCTION =
  /^([^\n.;:]{0,40}?)(?:,[ \t]*|[ \t]+)(?:(?:please|just|then|simply|s['’]il vous plaît|por favor|per favore|alstublieft|graag)[ \t]+)?(?:enter|type(?: in)?|key in|input|use|try|saisissez|saisir|entrez|tapez|utilisez|essayez|introduce|introduzca|ingrese|escriba|prueba|inserisci|digita|prova|digite|insira|utilize|tente|voer|vul|gebruik|probeer|typ)[ \t]+(?:(?:the code|this|the)[ \t]+)?(?=\S)/i;
const INSTRUCTION_VERB_LAST =
  /^([^\n.;:]{0,40}?)(?:,[ \t]*|[ \t]+)(?:bitte|dann|einfach)[ \t]+(?=\S+[ \t]+(?:eingeben|verwenden|nutzen|eintippen|angeben))/i;

/** A value a guest is told to type: a code's shape (also a word and digits joined, "tangerine-88", not a room's "K5-12"), or 4+ digits. */
const typedCode = (value: string): boolean =>
  hasCodeShape(value) ||
  /^(?=[^\d]*\d)(?=\P{L}*\p{L})(?=.{8})[\p{L}\d]+(?:[-_.][\p{L}\d]+)+$/u.test(value) ||
  (/^[\d -]+$/.test(value) && digitsOf(value).length >= 4);
const CANDIDATE_LINE = /[\d:=：]/;
// In a line without digit, `:`, `=` or `：`, a value is read only after a spoken separator (the verbs and
// dashes of EXPLICIT_SEPARATOR), or on the next line after a label that ends the line.
const PROSE_SEPARATOR = /[ \t](?:is|est|es|ist|lautet|é|è|era|was|will be|c['’]est|to|naar|[-–—])[ \t]|[はを]/i;
const LABEL_AT_END_WINDOW = 48;
// "<value> as the [conference|meeting|…] <label>", BigBlueButton's phone text in its translations: "enter 39017
// as the conference PIN number", "dann 60886 als Konferenz-PIN eingeben", "digite 37702 como o número PIN da
// conferência", "composez 4471 comme code PIN", "voer 4471 in als pincode". At most three words between.
// Also "772019 is the passcode", "saisissez 418 227, c'est le code participant", "8842 è il PIN della riunione",
// "4hG7tQ = passcode".
const VALUE_BEFORE_LABEL_HINT =
  / (?:as|als|comme|como|come|when (?:asked|prompted) for|is|c['’]est|that['’]s|è|é|es|ist) /i;
const VALUE_EQUALS_LABEL = /^[ \t>*•-]*(\d[\d ]{2,18}\d|(?=[A-Za-z]*\d)[A-Za-z0-9]{4,})[ \t]*=[ \t]*$/;
const VALUE_BEFORE_LABEL =
  /(?:^|[ \t])(\d[\d ]{2,18}\d|(?=[A-Za-z]*\d)[A-Za-z0-9]{4,})(?:[ \t]+(?:(?:in|ein)[ \t]+)?(?:as|als|comme|como|come|when (?:asked|prompted) for)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}(?:\p{L}+-)?|,?[ \t]+(?:is|c['’]est|that['’]s|è|é|es|ist)[ \t]+(?:the|your|our|le|la|il|lo|o|a|el|der|die|das|de|het)[ \t]+(?:[\p{L}-]+[ \t]+)?)$/iu;

/** A long prose line with a credential word that can hold a labelled credential: a spoken separator or a line-final label. */
function proseMayHoldCredential(line: string): boolean {
  return PROSE_SEPARATOR.test(line) || CREDENTIAL_WORD_PROBE.test(line.slice(-LABEL_AT_END_WINDOW));
}
// The probe's scan in two parts, fragments led by an ASCII letter and the others (şifre, пароль, パス, 密…):
// irregexp skips ahead far better over a case-insensitive alternation of ASCII-led literals, and the few
// others, some one character long, scan apart. A line has a hit iff either part hits in it.
// The one fragment led by a symbol ("Participant #:") is found with indexOf: in the alternation it would halve
// the scan's speed.
const SYMBOL_FRAGMENT = '#:';
const isAsciiLed = (fragment: string): boolean => fragment.charCodeAt(0) < 128;
const ASCII_LED_SCAN = new RegExp(
  CREDENTIAL_WORD_FRAGMENTS.filter((f) => isAsciiLed(f) && f !== SYMBOL_FRAGMENT).join('|'),
  'gi',
);
const OTHER_LED_SCAN = new RegExp(CREDENTIAL_WORD_FRAGMENTS.filter((f) => !isAsciiLed(f)).join('|'), 'gi');
const HOST_QUALIFIED = /(?:host|moderator|moderatoren|chair|chairperson|leader|organi[sz]er|presenter)[ \t]+$/i;
const AFTER_PHONE_NUMBER = /\+\d[\d ().-]{6,}\d[ \t]+$/;
const QUOTED_EXAMPLE_LABEL = /["“„«「‘'][ \u00a0]?$/;
const EXAMPLE_WORD = /\bexamples?\b|\be\.g\.|beispiel|exemple|ejemplo|esempio|exemplo|voorbeeld|例/i;
// A "qualifier" that is the value itself: a digit group ("PW 901133 – budget"), a quoted token ("mit dem Passwort
// »Lindenblatt-42« geschützt – …") or letters and digits mixed ("password Xk29mq – see you").
const QUALIFIER_IS_VALUE =
  /^[ \t\u00a0]*(?:\d{3}|["“„«»「‘'][^\s"“”„«»」‘’']|(?=[^\s\d]*\d)(?=[^\s\p{L}]*\p{L})[\p{L}\d]{5,}(?=[\s,.;!?]|$))/u;
const NETWORK_LINE =
  /wi-?fi|wlan|ssid|hotspot|guest network|network name|gäste-?netz|netzwerkname|r[ée]seau|red de invitados|rete ospiti|gastnetwerk/i;
const PHRASE_BOUNDARY = /[:=：|;•·!?\n]|\.\s/g;

/** Index of the first match of global `pattern` in `text` at or after `from`, or -1. */
function indexOfMatch(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m ? m.index : -1;
}

// Subjects are written in shorthand: "Partner QBR – ID 891 0042 7735 / PC 220913" ("PC" for passcode). Read only in
// subjects, and only before a number or a code's shape ("bring your PC" in a body is a computer).
const SUBJECT_SHORTHAND =
  /(?<![\p{L}\d])pc\.?[ \t]*[:#=]?[ \t]*(\d{4,10}|(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{5,12})(?![\p{L}\d])/giu;

/** The labelled credentials of a subject: the labels of the body, and the shorthand subjects use. */
export function findSubjectCredentials(subject: string, identifiers: MeetingIdentifiers): LabelledCredential[] {
  const found = findLabelledCredentials(subject, identifiers);
  SUBJECT_SHORTHAND.lastIndex = 0;
  for (let m = SUBJECT_SHORTHAND.exec(subject); m; m = SUBJECT_SHORTHAND.exec(subject)) {
    const value = m[1] ?? '';
    const index = m.index + m[0].length - value.length;
    if (identifiers.has(digitsOf(value)) || found.some((c) => c.index === index)) continue;
    const lineStart = subject.lastIndexOf('\n', index) + 1;
    const lineEnd = subject.indexOf('\n', index);
    const line = subject.slice(lineStart, lineEnd < 0 ? subject.length : lineEnd);
    found.push({ value, kind: 'passcode', line, index, generated: false });
  }
  return found;
}

/** Collects the labelled credentials of `text`; `identifiers` (digits) are values that only name the meeting. */
export function findLabelledCredentials(text: string, identifiers: MeetingIdentifiers): LabelledCredential[] {
  const found: LabelledCredential[] = [];
  const seen = new Set<number>();
  // Only lines with a credential word can hold a label: one scan of the whole text for the probe's fragments
  // (every label contains one) finds them; each such line is read once. Of those, lines that can hold a
  // labelled value (a digit or a separator, or a short line: a label alone, its value on the next line) are
  // scanned for labels; long prose lines only with a spoken separator or a line-final label
  // ("the password is bluefalconsky").
  // Next hit of each part (-1: none left; -2: not searched yet); a part is searched again only once the reading
  // has passed its hit.
  let asciiAt = -2;
  let otherAt = -2;
  let symbolAt = -2;
  const nextHit = (from: number): number => {
    if (asciiAt !== -1 && asciiAt < from) asciiAt = indexOfMatch(ASCII_LED_SCAN, text, from);
    if (otherAt !== -1 && otherAt < from) otherAt = indexOfMatch(OTHER_LED_SCAN, text, from);
    if (symbolAt !== -1 && symbolAt < from) symbolAt = text.indexOf(SYMBOL_FRAGMENT, from);
    let at = asciiAt;
    if (otherAt >= 0 && (at < 0 || otherAt < at)) at = otherAt;
    if (symbolAt >= 0 && (at < 0 || symbolAt < at)) at = symbolAt;
    return at;
  };
  for (let at = nextHit(0); at >= 0; ) {
    const lineStart = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    if (line.length < 60 || CANDIDATE_LINE.test(line) || proseMayHoldCredential(line)) {
      // Table rows (cells joined by tabs) may be a header row over a row of values.
      const cells = line.includes('\t');
      CREDENTIAL_TERM.lastIndex = 0;
      for (let m = CREDENTIAL_TERM.exec(line); m; m = CREDENTIAL_TERM.exec(line)) {
        if (!startsWord(line, m.index)) {
          CREDENTIAL_TERM.lastIndex = m.index + 1;
          continue;
        }
        readLabel(m[0], lineStart + m.index, lineStart, lineEnd, cells);
      }
      if (line.length < 12 && LONE_PASS_LINE.test(line)) readLoneLabel(lineEnd);
    }
    if (nl < 0) break;
    at = nextHit(nl + 1);
  }
  return found;

  /** A chat-style "pass" alone on its (possibly quoted) line, the value alone on the next: "> pass" / "> 99120". */
  function readLoneLabel(lineEnd: number): void {
    const next = nextLine(text, lineEnd);
    if (!next) return;
    const value = next.text.replace(QUOTE_PREFIX, '').trim();
    if (/\s/.test(value)) return;
    consider(value, next.start + next.text.indexOf(value), 'explicit', 'pass');
  }

  function readLabel(term: string, termAt: number, lineStart: number, lineEnd: number, cells: boolean): void {
    const termEnd = termAt + term.length;
    const phraseStart = startOfPhrase(text, lineStart, termAt);
    const before = text.slice(phraseStart, termAt);
    // A bare "code" reads a value after a word that makes it a join code, or right after a dial-in number
    // ("(FR) +33 1 70 37 22 46 Code : 780 884 394#", Google Meet's localised phone line).
    if (isBareCode(term) && !BARE_CODE_OK_BEFORE.has(lastWord(before)) && !AFTER_PHONE_NUMBER.test(before)) return;
    // A label and value quoted as an example ('Example of what not to do: "Passcode: 123456"', „Kenncode: …“,
    // 「パスコード: …」, '"Passcode: 000000" (example only)') show a shape, not this meeting's credential.
    if (
      QUOTED_EXAMPLE_LABEL.test(text.slice(Math.max(lineStart, termAt - 2), termAt)) &&
      EXAMPLE_WORD.test(text.slice(lineStart, lineEnd))
    )
      return;
    // A line that is about the venue's network ("Guest Wi-Fi: Granary / password …", "WLAN: Gast, Passwort: …")
    // carries the network's password, not the meeting's.
    if (termAt - lineStart > before.length && NETWORK_LINE.test(text.slice(lineStart, phraseStart))) return;
    // "Wi-Fi: FOUNDRY-GUEST" then "Password: copperkettle88": a password right under the network's line is its
    // password (a meeting's passcode or PIN there is still the meeting's).
    if (PASSWORD_WORD.test(term) && NETWORK_LINE.test(previousLine(text, lineStart))) return;
    // A header row of table cells ("Meeting ID | Passcode", cells joined by tabs) over a row of values.
    if (cells && readColumn(termAt, termEnd, lineStart, lineEnd)) return;
    // "4hG7tQ = passcode": a value, an equals sign and the label, alone on the line.
    const equals = VALUE_EQUALS_LABEL.exec(text.slice(lineStart, termAt));
    if (equals?.[1] && text.slice(termEnd, lineEnd).trim() === '') {
      consider(equals[1], lineStart + equals.index + equals[0].indexOf(equals[1]), 'explicit', term);
      return;
    }
    // "Then enter 39017 as the conference PIN number" (BigBlueButton's phone text): the value stands before its label.
    if (before.length >= 8 && VALUE_BEFORE_LABEL_HINT.test(before)) {
      const lead = VALUE_BEFORE_LABEL.exec(before);
      if (lead?.[1]) {
        // The label is what follows the value: "Call ID 88412270, and 6113 is the passcode" names no identifier.
        const valueAt = phraseStart + lead.index + lead[0].indexOf(lead[1]);
        consider(lead[1], valueAt, 'explicit', `${before}${term}`, false, `${before.slice(lead.index)}${term}`);
        return;
      }
    }

    const after = text.slice(termEnd, lineEnd);
    let separator: Separator = 'explicit';
    let sep: SeparatorMatch | null = EXPLICIT_SEPARATOR.exec(after);
    // "Teams code 9rTq4D if it asks": beside its service, a bare "code" takes a typed code after a space.
    let besideLink = false;
    const instructed = INSTRUCTION.exec(after) ?? INSTRUCTION_VERB_LAST.exec(after);
    if (instructed) {
      const told = readValue(after.slice(instructed[0].length));
      if (told && typedCode(told.value)) sep = instructed;
    }
    // A verb or a dash that introduces words, then a colon or a dash: "El código de acceso es el mismo que en la
    // última sesión: 550127", "Chair (host) passcode – Supt. Harrow and deputy only: 550921". The value follows it.
    if (
      sep &&
      sep !== instructed &&
      SOFT_SEPARATOR.test(sep[0]) &&
      /^\p{L}+(?:-\p{L}+)*[ \t.]/u.test(after.slice(sep[0].length))
    ) {
      const later = LATER_SEPARATOR.exec(after.slice(sep[0].length));
      // One separator spanning both, its qualifier the words between.
      if (later) sep = { 0: sep[0] + later[0], 1: `${sep[1] ?? ''}${sep[0]}${later[1] ?? ''}` };
    }
    // A "qualifier" that starts with the value (QUALIFIER_IS_VALUE) is read as the value, after the space. (A
    // qualifier with digits further on stays one: "PIN (valid until 2026): 4471".)
    if (!sep || CREDENTIAL_TERM_IN(sep[1] ?? '') || QUALIFIER_IS_VALUE.test(sep[1] ?? '')) {
      // A remark alone after the label ends its line: the label stands alone.
      sep = TRAILING_REMARK.test(after) ? null : SPACE_SEPARATOR.exec(after);
      separator = 'space';
      // A weak label ("access code") takes a value after a plain space only when a host role qualifies it
      // ("the moderator access code 228615"): alone it is too often a reference to a number elsewhere.
      besideLink = codeBesideLink(term, before, after);
      if (!sep || (isWeakTerm(term) && !HOST_QUALIFIED.test(before) && !spelledOutCode(term, after) && !besideLink)) {
        // A label alone on its line ("Participant Passcode", "Moderator Passcode (Charlotte / Rupert only)") with the
        // value on the next line.
        if (after.replace(TRAILING_REMARK, '').trim() === '' && before.trim().split(/\s+/).length <= 3) {
          const next = nextLine(text, lineEnd);
          if (next) {
            const value = next.text.trim();
            consider(value, next.start + next.text.indexOf(value), 'explicit', `${before}${term}`);
          }
        }
        return;
      }
    }
    const qualifier = separator === 'explicit' ? (sep[1] ?? '') : '';
    const phrase = `${before}${term}${qualifier}`;
    let valueAt = termEnd + sep[0].length;
    let rest = text.slice(valueAt, lineEnd);
    if (rest.trim() === '' && separator === 'explicit') {
      // "Passcode:" at the end of a line (table cells, wrapped layouts): the value is on the next line.
      const next = nextLine(text, lineEnd);
      if (!next) return;
      rest = next.text.trim();
      valueAt = next.start + next.text.indexOf(rest);
      // One value, alone or with a remark in parentheses ("Fj8vLr2Nq5W (52602081 from phones)"), not prose.
      if (/\s/.test(rest.replace(/^\d+(?: \d+)*#?$/, '')) && !/^\S+[ \t]+\(/.test(rest)) return;
    }
    consider(
      rest,
      valueAt,
      separator,
      phrase,
      isWeakTerm(term),
      `${before.slice(endOfLastClause(before))}${term}${qualifier}`,
      besideLink,
    );
  }

  /** Reads the value under a label cell of a digit-free header row, from the next row with as many cells. */
  function readColumn(termAt: number, termEnd: number, lineStart: number, lineEnd: number): boolean {
    const tabBefore = text.lastIndexOf('\t', termAt);
    const tabAfter = text.indexOf('\t', termEnd);
    const cellStart = tabBefore >= lineStart ? tabBefore + 1 : lineStart;
    const cellEnd = tabAfter >= 0 && tabAfter < lineEnd ? tabAfter : lineEnd;
    if (cellStart === lineStart && cellEnd === lineEnd) return false;
    const header = text.slice(lineStart, lineEnd);
    if (/\d/.test(header) || !/^\s*[:：]?\s*$/.test(text.slice(termEnd, cellEnd))) return false;
    const next = nextLine(text, lineEnd);
    if (!next) return false;
    const cells = next.text.split('\t');
    const column = text.slice(lineStart, cellStart).split('\t').length - 1;
    if (cells.length !== header.split('\t').length) return false;
    let offset = next.start;
    for (let i = 0; i < column; i++) offset += (cells[i] ?? '').length + 1;
    const cell = cells[column] ?? '';
    const value = cell.trim();
    if (value) consider(value, offset + cell.indexOf(value), 'explicit', text.slice(cellStart, termEnd));
    return true;
  }

  /**
   * `labelPhrase`: the words that make up the label itself, for telling an identifier's label (default `phrase`);
   * `besideLink`: a bare "code" beside its service or link, whose value of a code's shape may run on into a sentence.
   */
  function consider(
    rest: string,
    valueAt: number,
    separator: Separator,
    phrase: string,
    weak = false,
    labelPhrase = phrase,
    besideLink = false,
  ): void {
    if (IDENTIFIER_PHRASE.test(labelPhrase) || NOT_A_CREDENTIAL_PHRASE.test(phrase)) return;
    const read = readValue(rest);
    if (!read) return;
    if (!isCredentialValue(read, separator)) {
      // A generated block ("Meeting ID: …" then "Passcode: Xubhrh") writes random letters that can look like a
      // capitalised word; there, a lone word that says nothing about a credential is the passcode.
      if (separator !== 'explicit' || !isLoneWordValue(read)) return;
      if (!nearIdentifierLine(text, text.lastIndexOf('\n', valueAt - 1) + 1)) return;
    }
    // A weak label ("Code:", "Access code:") followed by more words is a reference in a sentence, not a credential,
    // unless a separator introduced a value of a code's own shape ("the code is Hq4tZ9 but if it asks…", "le code
    // c'est 517 903 je crois"; not "quote the access code 228615 when you call").
    if (
      weak &&
      /^\s+\p{L}{2,}/u.test(read.rest) &&
      !((separator === 'explicit' || besideLink) && hasCodeShape(read.value))
    )
      return;
    const numeric = /^[\d\s-]+$/.test(read.value);
    // A number that also names the meeting is an identifier, unless a PIN label names it and it is nowhere
    // labelled as an identifier: Google Meet and Jitsi dial strings carry the PIN as their first group. A number
    // that is a join link's meeting number is one whatever its label (Chime's older "Meeting PIN").
    if (numeric && identifiers.has(digitsOf(read.value))) {
      const digits = digitsOf(read.value);
      if (
        weak ||
        !PIN_LABEL.test(phrase) ||
        identifiers.inJoinLink(digits) ||
        labelledAsIdentifier(text, digits) ||
        repeatsAsIdentifier(text, digits)
      )
        return;
    }
    // An "access code" whose long number also stands unlabelled elsewhere (personal-room line, SIP address)
    // repeats the meeting number (Webex, GoTo).
    if (weak && numeric && digitsOf(read.value).length >= 8 && repeatsAsIdentifier(text, digitsOf(read.value))) return;
    // Webex calls its meeting number the "access code" (personal rooms print no other copy of it): a
    // meeting-number-long access code in a Webex invite names the meeting. Audio bridges' codes are shorter.
    if (weak && numeric && digitsOf(read.value).length >= 9 && ACCESS_CODE_IS_MEETING_NUMBER.test(text)) return;
    // GoTo prints its phone access code as three dashed groups ("Access Code: 218-530-744"), an identifier of the
    // call like the webinar ID beside it; its secret is the "Audio PIN".
    if (weak && /^\d{3}-\d{3}-\d{3}$/.test(read.value)) return;
    const index = valueAt + rest.indexOf(read.value);
    if (seen.has(index)) return;
    seen.add(index);
    const kind: CredentialKind = HOST_PHRASE.test(phrase)
      ? 'host'
      : DIAL_IN_PHRASE.test(phrase)
        ? 'dial-in'
        : 'passcode';
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    const lineEnd = text.indexOf('\n', index);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    found.push({ value: read.value, kind, line, index, generated: nearIdentifierLine(text, lineStart) });
    // "Meeting password: Ab12cd (12345678 from phones and video systems)": the numeric twin is a credential too.
    // Languages that put the number last write "(電話およびビデオ システムから 41280577)".
    const twin = NUMERIC_TWIN.exec(read.rest);
    const twinValue = twin?.[1] ?? (twin?.[2] && DIAL_IN_PHRASE.test(twin[0]) ? twin[2] : undefined);
    if (twinValue && !identifiers.has(digitsOf(twinValue))) {
      const twinIndex = index + read.value.length + read.rest.indexOf(twinValue);
      if (!seen.has(twinIndex)) {
        seen.add(twinIndex);
        found.push({ value: twinValue, kind: 'dial-in', line, index: twinIndex, generated: true });
      }
    }
  }
}

/** Letters and digits mixed (5+ characters), or six or more digits: no word of a sentence looks like that. */
const hasCodeShape = (value: string): boolean =>
  /^(?=[^\d\s]*\d)(?=\P{L}*\p{L})[\p{L}\d]{5,}$/u.test(value) || digitsOf(value).length >= 6;

// Webex invites name the service in their text ("Webex meeting", "Webex Personal Room", SIP "…@site.webex.com";
// links are read apart). GoTo's meeting ID is in its join link, so it is an identifier already.
const ACCESS_CODE_IS_MEETING_NUMBER = /webex/i;

const PIN_LABEL = /(?<![a-z])pin/i;
// "Meeting password: Ab12cd (12345678 from phones and video systems)", or with the number last.
const NUMERIC_TWIN = /^\s*\((?:(\d{4,}(?: \d+)*)\s+\p{L}|[^()\d\n]{1,40}?[ \t\u3000]?(\d{6,})\))/u;

/** Some written occurrence of the number `digits` (in any grouping) passes `test`, given its offset. */
function someOccurrence(text: string, digits: string, test: (at: number) => boolean): boolean {
  const runs = /\d[\d .-]*\d/g;
  for (let m = runs.exec(text); m; m = runs.exec(text)) if (digitsOf(m[0]) === digits && test(m.index)) return true;
  return false;
}

/** The number stands on (or under) a line that names a meeting identifier. */
function labelledAsIdentifier(text: string, digits: string): boolean {
  return someOccurrence(text, digits, (at) => {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const prevStart = lineStart < 2 ? 0 : text.lastIndexOf('\n', lineStart - 2) + 1;
    const lead = text.slice(prevStart, at);
    // The identifier's label is the last label before the number ("Conference ID, then your leader PIN 83514" is a PIN).
    return IDENTIFIER_PHRASE.test(lead.slice(Math.max(0, endOfLastStrongTerm(lead))));
  });
}

/** The number occurs somewhere that is neither a credential-labelled line nor a dial-string passcode group. */
function repeatsAsIdentifier(text: string, digits: string): boolean {
  return someOccurrence(text, digits, (at) => {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    return !CREDENTIAL_TERM_IN(line) && !/[*#,]$/.test(text.slice(Math.max(0, at - 1), at));
  });
}

const CREDENTIAL_TERM_IN = (s: string): boolean => {
  CREDENTIAL_TERM_PROBE.lastIndex = 0;
  return CREDENTIAL_TERM_PROBE.test(s);
};
const CREDENTIAL_TERM_PROBE = new RegExp(CREDENTIAL_TERM.source, 'i');

// Where a new clause starts inside a phrase: after a comma, after a number (the value of an earlier label), or at
// a word of sequence. "Meeting ID 518 220 441, passcode 1984" and "enter the Conference ID and then your leader
// PIN 83514" name an identifier in an earlier clause; the label is what follows.
const CLAUSE_BREAK =
  /,[ \t]|\d[ \t]+|[ \t](?:and then|then|und dann|dann|puis|ensuite|y luego|luego|después|e poi|poi|en dan|daarna|e depois|depois)[ \t]/gi;

/** Offset in `before` where the clause holding the label starts. */
function endOfLastClause(before: string): number {
  let end = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) end = m.index + m[0].length;
  return end;
}

// "código de acceso 604118", "access code Hx49Tq": a weak label of several words ("access code", not a bare
// "code") takes a value after a plain space when the value is a code's shape: six or more digits, or letters
// and digits mixed. (Numbers that name the meeting are identifiers all the same.)
const SPELLED_OUT_VALUE = /^[ \t\u00a0]+(?:\d[\d \t-]{4,}\d|(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{5,})(?![\w-])/;
function spelledOutCode(term: string, after: string): boolean {
  return /[ '’]|zugriffs/i.test(term) && SPELLED_OUT_VALUE.test(after);
}

// "Zoom — [link] — code 7781204 — starts 10:00", "Teams code 4471 2290": a bare "code" right after a link, a dash
// or the service's name takes a typed code after a plain space; so does one a guest is told to enter ("quando
// richiesto, inserite il codice 552831", "enter the code 552831").
const BESIDE_LINK = new Set(['—', '–', '-', '|', 'link', 'zoom', 'teams', 'webex', 'meet', 'jitsi']);
const TOLD_TO_ENTER =
  /\b(?:enter|type(?: in)?|key in|input|use|inserite|inserisci|inserire|digitate|digita|saisissez|saisir|entrez|tapez|introduzca|introduce|ingrese|digite|insira|voer|gebruik|geben sie)[ \t]+(?:(?:the|il|le|la|el|o|a|de|het|den|die|das|your|our|this|questo|ce|este|le|du)[ \t]+)?$/i;
function codeBesideLink(term: string, before: string, after: string): boolean {
  if (!isBareCode(term) || !(BESIDE_LINK.has(lastWord(before)) || TOLD_TO_ENTER.test(before))) return false;
  const read = readValue(after.replace(SPACE_SEPARATOR, ''));
  return read !== undefined && typedCode(read.value);
}

function startOfPhrase(text: string, lineStart: number, termAt: number): number {
  const from = Math.max(lineStart, termAt - 48);
  const window = text.slice(from, termAt);
  let start = from;
  PHRASE_BOUNDARY.lastIndex = 0;
  for (let b = PHRASE_BOUNDARY.exec(window); b; b = PHRASE_BOUNDARY.exec(window)) start = from + b.index + b[0].length;
  return start;
}

function lastWord(before: string): string {
  const words = before
    .trim()
    .toLowerCase()
    .split(/[\s,()[\]/>]+/);
  return words[words.length - 1] ?? '';
}

const PASSWORD_WORD =
  /^(?:pass-?words?|passw[oö]rt|kennw[oö]rt|wachtwoord|mots? de passe|contrase[ñn]as?|senhas?|pwd|pw)$/i;

/** The nearest non-blank line before the line starting at `lineStart` ('' at the start). */
function previousLine(text: string, lineStart: number): string {
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim()) return line;
    end = start - 1;
  }
  return '';
}

function nextLine(text: string, lineEnd: number): { text: string; start: number } | undefined {
  let start = lineEnd + 1;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (line.trim()) return { text: line, start };
    if (end < 0) return undefined;
    start = end + 1;
  }
  return undefined;
}

// Provider-generated blocks put the credential right next to the meeting ID ("Meeting ID: … / Passcode: …").
const ID_LINE = new RegExp(`(?:${IDENTIFIER_PHRASE.source})[^\\n]{0,12}[:：]?\\s*[\\d ]{6,}`, 'i');
function nearIdentifierLine(text: string, lineStart: number): boolean {
  const windowStart = Math.max(0, lineStart - 160);
  return ID_LINE.test(text.slice(windowStart, lineStart));
}
