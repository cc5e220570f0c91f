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
