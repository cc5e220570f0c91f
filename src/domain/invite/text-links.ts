// Links written into plain text: bare URLs, Outlook's text-mode `label<url>`, `tel:`/`mailto:` links, and
// URLs broken over two lines by hard wraps. Returns the text with each link replaced by `[link]`, so
// the labelled-value detector never reads URL parameters as prose.
import type { Link } from './types.js';
import { unwrapUrl } from './unwrap-url.js';

// URLs are found from their `:` (after a scheme) or their first `/` (after a bare domain such as
// "zoom.us/j/…"), then read backwards: a one-character anchor keeps the scan cheap on long prose.
const ANCHOR = /[:/]/g;
// Schemes and what must follow their `:` — web links `//`, the meeting apps' own links (Zoom's "open in the
// app" zoommtg://…, Teams' msteams:/l/meetup-join/…) a `/`, tel: and mailto: nothing.
const SCHEMES: readonly { name: string; after: string }[] = [
  { name: 'mailto', after: '' },
  { name: 'https', after: '//' },
  { name: 'http', after: '//' },
  { name: 'tel', after: '' },
  { name: 'zoommtg', after: '/' },
  { name: 'zoomus', after: '/' },
  { name: 'msteams', after: '/' },
];
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Length of a scheme of SCHEMES (any case) that ends at the `:` at `at` and is followed as it must be, or 0. */
function schemeBefore(text: string, at: number): number {
  for (const { name, after } of SCHEMES) {
    const start = at - name.length;
    if (start < 0) continue;
    let i = 0;
    // ASCII case folding: `| 0x20` maps only the upper-case twin onto a lower-case letter.
    while (i < name.length && (text.charCodeAt(start + i) | 0x20) === name.charCodeAt(i)) i++;
    if (i === name.length) return after === '' || text.startsWith(after, at + 1) ? name.length : 0;
  }
  return 0;
}
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
/** `[A-Za-z0-9.-]` */
const isHostChar = (c: number): boolean => isAsciiLetter(c) || isAsciiDigit(c) || c === 46 || c === 45;
/** `[\w@./-]` */
const isBeforeUrl = (c: number): boolean => isHostChar(c) || c === 95 || c === 64 || c === 47;
const BARE_HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,12}$/i;
const URL_CHAR = /[^\s<>"'`\u00a0]/;
const URL_BODY = /[^\s<>"'`\u00a0]*/y;
const TRAILING = /[.,;:!?)\]}*]+$/;
// A line that continues a URL broken by a hard wrap: one token of URL characters.
const CONTINUATION = /^[A-Za-z0-9\-._~%!$&'()*+,;=:@/?#]+$/;

export interface TextLinks {
  text: string;
  links: Link[];
}

export function extractTextLinks(text: string): TextLinks {
  // (No literal prefilter: the anchor scan below is one pass already, and most texts hold a `:` or `/`.)
  const links: Link[] = [];
  let masked = '';
  let copied = 0;
  ANCHOR.lastIndex = 0;
  for (let anchor = ANCHOR.exec(text); anchor; anchor = ANCHOR.exec(text)) {
    const at = anchor.index;
    let begin = at;
    if (anchor[0] === ':') {
      const length = schemeBefore(text, at);
      if (length === 0) continue;
      begin = at - length;
      if (begin > 0 && isAsciiLetter(text.charCodeAt(begin - 1))) continue;
    } else {
      while (begin > 0 && isHostChar(text.charCodeAt(begin - 1))) begin--;
      if (begin === at || (begin > 0 && isBeforeUrl(text.charCodeAt(begin - 1)))) continue;
      if (!BARE_HOST.test(text.slice(begin, at))) continue;
    }
    URL_BODY.lastIndex = at + 1;
    URL_BODY.exec(text);
    let end = URL_BODY.lastIndex;
    let url = text.slice(begin, end);
    // Join hard-wrapped continuations (`…/j/123?` + newline + `pwd=…`); in quoted mail (`> …`) the
    // continuation carries the same quote marks, which are not part of the URL.
    const quoted = text.charCodeAt(begin - 1) !== 10 && isQuotedLine(text, begin);
    const inAngles = text.charCodeAt(begin - 1) === 60; /* < */
    while (text[end] === '\n') {
      const nextEnd = text.indexOf('\n', end + 1);
      let next = text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd);
      if (quoted) next = next.replace(QUOTE_MARKS, '');
      // Outlook's text mode closes `label<url>` after the continuation: "…?pwd=" + newline + "6fpL….1>".
      const closes = inAngles && next.endsWith('>') ? 1 : 0;
      if (closes) next = next.slice(0, -1);
      if (!CONTINUATION.test(next) || !continuesUrl(url, next)) break;
      url += next;
      end = (nextEnd < 0 ? text.length : nextEnd) - closes;
      if (closes) break;
    }
    const angled = text[begin - 1] === '<' && text[end] === '>';
    if (!angled) {
      const trimmed = url.replace(TRAILING, (tail) => keepBalancedParen(url, tail));
      end -= url.length - trimmed.length;
      url = trimmed;
    }
    if (url.length < 8 || !URL_CHAR.test(url)) continue;
    const lineStart = text.lastIndexOf('\n', begin - 1) + 1;
    const label = labelBefore(text.slice(lineStart, angled ? begin - 1 : begin));
    const href = /^(?:https?:|tel:|mailto:|zoommtg:|zoomus:|msteams:)/i.test(url) ? url : `https://${url}`;
    links.push({ url: unwrapUrl(href.replace(/\n/g, '')), label });
    if (angled) {
      begin -= 1;
      end += 1;
    }
    masked += `${text.slice(copied, begin)}[link]`;
    copied = end;
    ANCHOR.lastIndex = end;
  }
  return { text: links.length ? masked + text.slice(copied) : text, links };
}

const QUOTE_MARKS = /^(?:[ \t]*>)+[ \t]*/;

/** A link's label: the text before it on its line, after any quote mark or cell bar, at most 80 characters. */
function labelBefore(line: string): string {
  // (lastIndexOf, not /.*[>|]/: that pattern is retried at every start of a long line, which is quadratic.)
  const cut = Math.max(line.lastIndexOf('>'), line.lastIndexOf('|'));
  return line
    .slice(cut + 1)
    .trim()
    .slice(-80);
}

/** The line holding `at` starts with mail quote marks (`>`, `> >`) and nothing else precedes `at`. */
function isQuotedLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(lineStart, at);
  return before.includes('>') && QUOTE_MARKS.exec(before)?.[0].length === before.length;
}

function continuesUrl(url: string, next: string): boolean {
  return (
    /[?&=%\-_]$/.test(url) ||
    /^[?&=#%]/.test(next) ||
    /^[\w.~-]+=/.test(next) ||
    // Broken inside the path: the rest of a segment that opens a query ("…/j/124331" + "00531?pwd=…"), or after a
    // slash, a meeting number ("…/j/" + "94417720315").
    /^[\w.~%-]*\?[\w.~-]+=/.test(next) ||
    (url.endsWith('/') && /^\d{4,}(?:[/?#]|$)/.test(next))
  );
}

/** Keeps a closing parenthesis that closes one opened inside the URL. */
function keepBalancedParen(url: string, tail: string): string {
  const opens = (url.match(/\(/g) ?? []).length;
  const closes = (url.match(/\)/g) ?? []).length;
  return opens >= closes && tail.startsWith(')') ? ')' : '';
}
