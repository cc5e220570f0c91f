import { CREDENTIAL_WORD_FRAGMENTS } from './credential-lexicon.js';

// Redaction as an invariant: given the detected secrets, every occurrence — as written, without its digit
// grouping, percent-encoded, `+`-encoded and HTML-escaped — becomes `[REDACTED]`. Every string that leaves
// the engine passes through one Redactor.

export const REDACTED = '[REDACTED]';

export type Redactor = (text: string) => string;

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const UNCHANGED_BY_ENCODING = /^[A-Za-z0-9\-_.!~*()]+$/;

/** Every written form of a secret that could carry it into an output string. */
export function secretForms(secret: string): string[] {
  // Characters that neither URI-component encoding nor HTML escaping changes, and no whitespace: one form.
  if (UNCHANGED_BY_ENCODING.test(secret)) return [secret];
  const forms = new Set<string>([secret]);
  if (/\s/.test(secret)) forms.add(secret.replace(/\s+/g, ''));
  for (const form of [...forms]) {
    forms.add(encodeURIComponent(form));
    forms.add(encodeURIComponent(form).replace(/%20/g, '+'));
    forms.add(escapeHtml(form));
    forms.add(encodeURIComponent(encodeURIComponent(form)));
  }
  return [...forms].filter((f) => f.length > 0);
}

export function createRedactor(secrets: Iterable<string>): Redactor {
  const forms = new Set<string>();
  for (const secret of secrets) for (const form of secretForms(secret)) forms.add(form);
  if (forms.size === 0) return (text) => text;
  // Longest first, so a secret that contains another is replaced whole. Plain substring search: invites carry
  // a handful of secrets, and compiling a pattern per invite costs more than a few `includes` scans.
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const form of ordered) if (out.includes(form)) out = out.split(form).join(REDACTED);
    return out;
  };
}

// A safety net for text we print whole (the subject, a finding's evidence line): after a word that hints at a
// credential, any token with a code's shape is masked, whether or not a detector took it for one. A subject's
// credential the detectors missed would otherwise be printed as written ("Partner QBR – ID 891 0042 7735 / PC 220913").
// The probe's fragments (every credential label holds one), with the short ones ("pc", "ww") as whole words.
const CREDENTIAL_HINT = new RegExp(
  [...CREDENTIAL_WORD_FRAGMENTS.filter((f) => f !== 'ww'), '(?<![a-z])(?:pc|ww)(?![a-z])'].join('|'),
  'i',
);
// Digit groups joined by spaces or dashes, one run of digits, or letters and digits mixed (5+ characters).
const CODE_TOKEN =
  /(?<![\p{L}\d])(?:\d+(?:[ -]\d+)*|(?=[\p{L}\d_*#^!$-]*\d)(?=[\d_*#^!$-]*\p{L})[\p{L}\d][\p{L}\d_*#^!$-]{4,})(?![\p{L}\d])/gu;

/** `text` with every code-shaped token after a credential hint masked as `[REDACTED]` (numbers of 4+ digits). */
export function maskCodesAfterHint(text: string): string {
  const hint = CREDENTIAL_HINT.exec(text);
  if (!hint) return text;
  const tail = text.slice(hint.index).replace(CODE_TOKEN, (token) => {
    if (/^[\d -]+$/.test(token)) return token.replace(/\D/g, '').length >= 4 ? REDACTED : token;
    return token === 'REDACTED' ? token : REDACTED;
  });
  return text.slice(0, hint.index) + tail;
}

// The same net for printed join links: the value of any parameter whose name says secret (a pass, pin, token, key,
// signature…) is masked, known to a detector or not (`…/meeting/375606342?secret=Qm9…`).
const SECRET_PARAM =
  /([?&#;](?:[\w.-]*(?:pass|pwd|pin|token|secret|jwt|auth|sig|key)[\w.-]*|pw|tk|p|s)=)(?!\[REDACTED\])[^&#;\s]+/gi;

/** `url` with the values of secret-named parameters masked as `[REDACTED]`. */
export const maskSecretParams = (url: string): string =>
  url.includes('=') ? url.replace(SECRET_PARAM, `$1${REDACTED}`) : url;
