// Cheap URL splitting for the hot path (the WHATWG URL parser is exact but slower and throws).

export interface UrlParts {
  scheme: string;
  /** Lower-cased host without port or user info. */
  host: string;
  /** Path as written (not decoded). */
  path: string;
  /** Query and fragment parameters (values as written), names lower-cased; first value wins. Split lazily. */
  readonly params: Map<string, string>;
}

const isSchemeStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isSchemeChar = (c: number): boolean =>
  isSchemeStart(c) || (c >= 48 && c <= 57) || c === 43 /* + */ || c === 46 /* . */ || c === 45; /* - */

/**
 * Scheme `^[a-z][a-z0-9+.-]*:` (then an optional `//`), host up to the first `/`, `?` or `#` (user info up to
 * the last `@` and a numeric port dropped), path up to `?` or `#`, then `name=value` pairs split at `?&#;`.
 * One pass with indexOf (this runs once per link of every invite).
 */
export function splitUrl(url: string): UrlParts | undefined {
  const n = url.length;
  if (n === 0 || !isSchemeStart(url.charCodeAt(0))) return undefined;
  let i = 1;
  while (i < n && isSchemeChar(url.charCodeAt(i))) i++;
  if (i >= n || url.charCodeAt(i) !== 58 /* : */) return undefined;
  const scheme = lowerCased(url.slice(0, i));
  let restStart = i + 1;
  if (url.charCodeAt(restStart) === 47 && url.charCodeAt(restStart + 1) === 47) restStart += 2;
  // The authority ends at the first `/`, `?` or `#`; the path at the first `?` or `#` after it (native scans:
  // Teams join links run to several hundred characters).
  const query = firstOf(url, '?', '#', restStart);
  const slash = url.indexOf('/', restStart);
  const hostEnd = slash >= 0 && slash < query ? slash : query;
  const at = url.lastIndexOf('@', hostEnd - 1);
  let hostStart = at >= restStart ? at + 1 : restStart;
  // A `:digits` port at the end of the authority.
  let portAt = hostEnd;
  let d = hostEnd - 1;
  while (d >= hostStart && url.charCodeAt(d) >= 48 && url.charCodeAt(d) <= 57) d--;
  if (d < hostEnd - 1 && d >= hostStart && url.charCodeAt(d) === 58) portAt = d;
  if (hostStart > portAt) hostStart = portAt;
  const host = lowerCased(url.slice(hostStart, portAt));
  const pathEnd = query;
  return new SplitUrl(scheme, host, url.slice(hostEnd, pathEnd), url, pathEnd);
}

/**
 * `text.toLowerCase()`, skipped when nothing would change: hosts and schemes are almost always written in
 * lower case, and a slice of a document with non-Latin-1 text is a two-byte string, which V8 lower-cases
 * only on its slow path.
 */
function lowerCased(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return text.toLowerCase();
  }
  return text;
}

/** Offset of the first `a` or `b` at or after `from`, or the length of `text`. */
function firstOf(text: string, a: string, b: string, from: number): number {
  const i = text.indexOf(a, from);
  const j = text.indexOf(b, from);
  if (i < 0) return j < 0 ? text.length : j;
  return j < 0 || i < j ? i : j;
}

/** The parts of one URL; its parameters are split only when asked for (most links never are). */
class SplitUrl implements UrlParts {
  private map: Map<string, string> | undefined;
  constructor(
    readonly scheme: string,
    readonly host: string,
    readonly path: string,
    private readonly url: string,
    private readonly pathEnd: number,
  ) {}
  get params(): Map<string, string> {
    this.map ??= paramsOf(this.url, this.pathEnd);
    return this.map;
  }
}

/** `name=value` pairs after `pathEnd` (the `?` or `#` ending the path), split at `?&#;`; first value wins. */
function paramsOf(url: string, pathEnd: number): Map<string, string> {
  const n = url.length;
  const params = new Map<string, string>();
  // Query and fragment both (Pexip and others put `pin=` after `#/?`).
  for (let from = pathEnd + 1; from <= n && pathEnd < n; ) {
    let end = from;
    let eq = -1;
    while (end < n) {
      const c = url.charCodeAt(end);
      if (c === 63 || c === 38 || c === 35 || c === 59) break;
      if (c === 61 && eq < 0) eq = end;
      end++;
    }
    if (eq > from) {
      const name = lowerCased(url.slice(from, eq));
      if (!params.has(name)) params.set(name, url.slice(eq + 1, end));
    }
    from = end + 1;
  }
  return params;
}
