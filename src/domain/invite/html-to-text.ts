// HTML invite bodies → visible text plus the links they carry. A purpose-built scanner: it jumps from one `<`
// to the next with indexOf and reads only what the text needs (tag names, `href`, `style`), instead of
// running a general tokenizer character by character.
//
// It reproduces htmlparser2 12 (HTML mode, decodeEntities, lowerCaseTags, recognizeSelfClosing), which this
// module used before: the same tokenisation (comments, `<!…>`/`<?…>` bogus comments, CDATA, raw-text
// `<script>`/`<style>`/`<xmp>`…, RCDATA `<title>`/`<textarea>`, quoted/unquoted attributes, truncated input),
// the same implied closes (`<p>` closes an open `<p>`, `<td>` a `<td>`…), void elements, `</p>`/`</br>`
// without an opening tag, and text delivered in the same pieces (split at `<` and at each entity), so the
// per-piece whitespace collapsing gives the same text. test/domain/invite/html-to-text.differential.test.ts
// runs both over corpora and generated HTML.
import { DecodingMode, decodeHTMLAttribute, HtmlEntityDecoder } from 'entities/decode';
import type { Link } from './types.js';

const SKIPPED = new Set(['style', 'script', 'head', 'title', 'template', 'noscript', 'xml']);
const BLOCKS = new Set([
  'p',
  'div',
  'tr',
  'li',
  'ul',
  'ol',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'hr',
  'dt',
  'dd',
  'dl',
  'center',
  'address',
  'body',
  'html',
  'caption',
  'form',
  'fieldset',
  'main',
  'nav',
  'aside',
  'figure',
  'figcaption',
]);
const CELLS = new Set(['td', 'th']);
const PRE_STYLE = /white-space\s*:\s*pre/i;

export interface HtmlText {
  text: string;
  links: Link[];
}

// ---- Tree-building rules (as htmlparser2's Parser in HTML mode) ----
const formTags = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const pTag = new Set(['p']);
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const tableSectionTags = new Set(['thead', 'tbody']);
const ddtTags = new Set(['dd', 'dt']);
const rtpTags = new Set(['rt', 'rp']);
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['p', pTag],
  ['h1', headingTags],
  ['h2', headingTags],
  ['h3', headingTags],
  ['h4', headingTags],
  ['h5', headingTags],
  ['h6', headingTags],
  ['select', formTags],
  ['input', formTags],
  ['output', formTags],
  ['button', formTags],
  ['datalist', formTags],
  ['textarea', formTags],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', ddtTags],
  ['dt', ddtTags],
  ['address', pTag],
  ['article', pTag],
  ['aside', pTag],
  ['blockquote', pTag],
  ['details', pTag],
  ['div', pTag],
  ['dl', pTag],
  ['fieldset', pTag],
  ['figcaption', pTag],
  ['figure', pTag],
  ['footer', pTag],
  ['form', pTag],
  ['header', pTag],
  ['hr', pTag],
  ['main', pTag],
  ['nav', pTag],
  ['ol', pTag],
  ['pre', pTag],
  ['section', pTag],
  ['table', pTag],
  ['ul', pTag],
  ['rt', rtpTags],
  ['rp', rtpTags],
  ['tbody', tableSectionTags],
  ['tfoot', tableSectionTags],
]);
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
// Foreign content (SVG, MathML): no raw-text elements inside, and SVG names keep their camel case.
const FOREIGN_NONE = 0;
const FOREIGN_SVG = 1;
const FOREIGN_MATHML = 2;
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignObject', 'desc', 'title']);
const SVG_NAMES = new Map(
  [
    'altGlyph',
    'altGlyphDef',
    'altGlyphItem',
    'animateColor',
    'animateMotion',
    'animateTransform',
    'clipPath',
    'feBlend',
    'feColorMatrix',
    'feComponentTransfer',
    'feComposite',
    'feConvolveMatrix',
    'feDiffuseLighting',
    'feDisplacementMap',
    'feDistantLight',
    'feDropShadow',
    'feFlood',
    'feFuncA',
    'feFuncB',
    'feFuncG',
    'feFuncR',
    'feGaussianBlur',
    'feImage',
    'feMerge',
    'feMergeNode',
    'feMorphology',
    'feOffset',
    'fePointLight',
    'feSpecularLighting',
    'feSpotLight',
    'feTile',
    'feTurbulence',
    'foreignObject',
    'glyphRef',
    'linearGradient',
    'radialGradient',
    'textPath',
  ].map((n) => [n.toLowerCase(), n]),
);
// Elements whose content is raw text (or RCDATA: entities decoded, no tags) up to their end tag.
const RAW_TEXT = new Set(['iframe', 'noembed', 'noframes', 'script', 'style', 'xmp']);
const RCDATA = new Set(['title', 'textarea']);
const SPECIAL_PREFIXES = ['iframe', 'noembed', 'noframes', 'plaintext', 'script', 'style', 'title', 'textarea', 'xmp'];

// Tag-name and attribute boundaries: whitespace (\t \n \f \r space), `/`, `>`.
const isWs = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
const isEndOfTagSection = (c: number): boolean => c === 47 || c === 62 || isWs(c);
const isAlpha = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

// ---- Scanner state (one document at a time: htmlToText is synchronous and not re-entrant) ----
let html = '';
let n = 0;
let out: string[] = [];
let links: Link[] = [];
let skipDepth = 0;
let depth = 0;
/** Depths at which a <pre> or `white-space:pre*` element opened: text inside keeps its line breaks. */
let preAt: number[] = [];
let anchors: { href: string | undefined; start: number }[] = [];
/** The tag whose attributes arrive now (`a`, or one whose `style` may say `white-space:pre`), else ''. */
let tag = '';
/** `style` already seen on the current tag (the first of a repeated attribute counts). */
let styled = false;
/** Open elements, innermost last, and their kinds (KINDS bits). */
let stack: string[] = [];
let stackKinds: number[] = [];
/** Foreign-content contexts, innermost last. */
let foreign: number[] = [FOREIGN_NONE];
/** The name of the open tag being read ('' when the parser ignores it: a nested <form>), and its kind. */
let tagname = '';
let tagKind = 0;

const decoder = new HtmlEntityDecoder((cp, consumed) => {
  entityText += String.fromCodePoint(cp);
  entityEnd = entityStart + consumed;
});
let entityText = '';
let entityStart = 0;
let entityEnd = 0;

// What a tag name is, as bits (one map lookup instead of a lookup in each set).
const SKIPPED_KIND = 1;
const BLOCK_KIND = 2;
const CELL_KIND = 4;
const VOID_KIND = 8;
const INTEGRATION_KIND = 16;
/** Opening it closes some open elements (OPEN_IMPLIES_CLOSE). */
const IMPLIES_CLOSE_KIND = 32;
/** Its content is raw text, RCDATA or plaintext (read up to its end tag, or to the end). */
const RAW_BODY_KIND = 64;
const KINDS = new Map<string, number>();
for (const [names, bit] of [
  [SKIPPED, SKIPPED_KIND],
  [BLOCKS, BLOCK_KIND],
  [CELLS, CELL_KIND],
  [VOID, VOID_KIND],
  [INTEGRATION, INTEGRATION_KIND],
  [OPEN_IMPLIES_CLOSE.keys(), IMPLIES_CLOSE_KIND],
  [[...RAW_TEXT, ...RCDATA, 'plaintext'], RAW_BODY_KIND],
] as const)
  for (const name of names) KINDS.set(name, (KINDS.get(name) ?? 0) | bit);
const kindOf = (name: string): number => KINDS.get(name) ?? 0;

// ---- What the text is made of (the handlers) ----

function onOpen(name: string, kind: number): void {
  depth++;
  tag = '';
  if (kind & SKIPPED_KIND) {
    skipDepth++;
    return;
  }
  if (name === 'br' || kind & BLOCK_KIND) out.push('\n');
  else if (kind & CELL_KIND) out.push('\t');
  if (name === 'pre') preAt.push(depth);
  else {
    tag = name;
    styled = false;
  }
  if (name === 'a') anchors.push({ href: undefined, start: out.length });
}

/** An attribute of the current tag; `valueStart`/`valueEnd` delimit its raw (undecoded) value. */
function onAttribute(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
  if (tag === '') return;
  const length = nameEnd - nameStart;
  if (length === 4 && tag === 'a') {
    if (!nameIs(nameStart, 'href')) return;
    const anchor = anchors[anchors.length - 1];
    if (anchor && anchor.href === undefined) anchor.href = attributeValue(valueStart, valueEnd);
  } else if (length === 5 && !styled) {
    if (!nameIs(nameStart, 'style')) return;
    styled = true;
    const value = attributeValue(valueStart, valueEnd);
    if (value.includes('pre') && PRE_STYLE.test(value)) preAt.push(depth);
  }
}

/**
 * The attribute name at `start` (of `name`'s length) is `name` (lower-case ASCII letters without `k`) in any
 * case: as `toLowerCase()` of the slice compares, without slicing. `| 0x20` maps only the upper-case twin of
 * a letter onto it, and no other character lower-cases to one of these letters.
 */
function nameIs(start: number, name: string): boolean {
  for (let i = 0; i < name.length; i++) if ((html.charCodeAt(start + i) | 0x20) !== name.charCodeAt(i)) return false;
  return true;
}

function attributeValue(start: number, end: number): string {
  const raw = html.slice(start, end);
  return raw.includes('&') ? decodeHTMLAttribute(raw) : raw;
}

function onText(text: string): void {
  tag = '';
  if (skipDepth > 0) return;
  if (preAt.length === 0) out.push(collapseWhitespace(text));
  else out.push(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);
}

function onClose(name: string, kind: number, isImplied: boolean): void {
  tag = '';
  // (Guarded: reading index -1 of an empty array is a slow property lookup in V8, and this runs per close.)
  if (preAt.length > 0 && preAt[preAt.length - 1] === depth) preAt.pop();
  depth--;
  if (kind & SKIPPED_KIND) {
    if (skipDepth > 0) skipDepth--;
    return;
  }
  if (name === 'a') {
    const anchor = anchors.pop();
    const href = anchor?.href?.trim();
    if (href) links.push({ url: href, label: out.slice(anchor?.start).join('').trim() });
  } else if (kind & BLOCK_KIND && !isImplied) out.push('\n');
}

// ---- Tree building ----

// Tag names as one-byte constants: a name written in lower case is taken from here without slicing and
// lower-casing it (the slice of a document with non-ASCII text is a two-byte string, slower to lower-case,
// hash and compare); any other spelling is lower-cased as before.
const KNOWN_NAMES: (string[] | undefined)[] = [];
const knownSlot = (length: number, first: number): number => length * 128 + first;
for (const name of new Set([
  ...SKIPPED,
  ...BLOCKS,
  ...CELLS,
  ...VOID,
  ...formTags,
  ...OPEN_IMPLIES_CLOSE.keys(),
  ...RAW_TEXT,
  ...RCDATA,
  ...['a', 'span', 'b', 'i', 'u', 's', 'em', 'strong', 'font', 'o:p', 'small', 'sup', 'sub', 'label', 'code'],
  ...['colgroup', 'svg', 'math', 'image', 'v:shape', 'w:sdt', 'st1:place'],
])) {
  if (name.length >= 16) continue;
  const slot = knownSlot(name.length, name.charCodeAt(0));
  const names = KNOWN_NAMES[slot] ?? [];
  names.push(name);
  KNOWN_NAMES[slot] = names;
}

/** `html.slice(start, end).toLowerCase()`, without the slice for known names written in lower case. */
function lowerName(start: number, end: number): string {
  const length = end - start;
  const first = html.charCodeAt(start);
  if (length < 16 && first < 128) {
    const known = KNOWN_NAMES[knownSlot(length, first)];
    if (known !== undefined) for (const name of known) if (writtenAt(name, start)) return name;
  }
  return html.slice(start, end).toLowerCase();
}

/** `html.startsWith(name, start)` for a short name, without the builtin's call overhead (this runs per tag). */
function writtenAt(name: string, start: number): boolean {
  for (let i = 0; i < name.length; i++) if (html.charCodeAt(start + i) !== name.charCodeAt(i)) return false;
  return true;
}

/** `stack.lastIndexOf(name)`: open elements are few, and a loop beats the builtin's call overhead. */
function openIndexOf(name: string): number {
  let i = stack.length - 1;
  while (i >= 0 && stack[i] !== name) i--;
  return i;
}

function readTagName(start: number, end: number): string {
  return adjustName(lowerName(start, end));
}

function adjustName(name: string): string {
  const context = foreign[foreign.length - 1];
  if (context === FOREIGN_SVG) return SVG_NAMES.get(name) ?? name;
  if (foreign.length > 1) {
    const adjusted = SVG_NAMES.get(name);
    if (adjusted !== undefined && stack.includes(adjusted)) return adjusted;
  }
  if (context === FOREIGN_NONE) return name === 'image' ? 'img' : name;
  return name;
}

function emitOpenTag(name: string): void {
  tagname = name;
  if (name === 'form' && stack.includes('form')) {
    tagname = '';
    tagKind = 0;
    return;
  }
  const kind = kindOf(name);
  if (kind & IMPLIES_CLOSE_KIND) {
    const impliesClose = OPEN_IMPLIES_CLOSE.get(name) as Set<string>;
    while (stack.length > 0 && impliesClose.has(stack[stack.length - 1] as string)) popElement(true);
  }
  tagKind = kind;
  if (!(kind & VOID_KIND)) {
    stack.push(name);
    stackKinds.push(kind);
    if (name === 'svg') foreign.push(FOREIGN_SVG);
    else if (name === 'math') foreign.push(FOREIGN_MATHML);
    else if (kind & INTEGRATION_KIND) foreign.push(FOREIGN_NONE);
  }
  onOpen(name, kind);
}

function endOpenTag(): void {
  if (tagname !== '' && tagKind & VOID_KIND) onClose(tagname, tagKind, true);
  tagname = '';
  tagKind = 0;
}

function popElement(implied: boolean): void {
  const element = stack.pop() as string;
  const kind = stackKinds.pop() as number;
  if (element === 'svg' || element === 'math' || kind & INTEGRATION_KIND) foreign.pop();
  onClose(element, kind, implied);
}

function closeCurrentTag(isOpenImplied: boolean): void {
  const name = tagname;
  endOpenTag();
  if (stack.length > 0 && stack[stack.length - 1] === name) popElement(!isOpenImplied);
}

function closeTag(name: string): void {
  const kind = kindOf(name);
  if (!(kind & VOID_KIND)) {
    const pos = openIndexOf(name);
    if (pos !== -1) {
      for (let i = stack.length - 1; i > pos; i--) popElement(true);
      popElement(false);
    } else if (name === 'p') {
      emitOpenTag('p');
      closeCurrentTag(true);
    }
  } else if (name === 'br') {
    onOpen('br', kind);
    onClose('br', kind, false);
  }
}

// ---- Text pieces ----

/** Text between markup, `&` entities decoded; each decoded entity is its own piece (as the parser delivers them). */
function text(start: number, end: number, mode: DecodingMode = DecodingMode.Legacy, rcdataEnd?: string): void {
  if (start >= end) return;
  if (skipDepth > 0) {
    tag = '';
    return;
  }
  let amp = nextAmpersand(start);
  if (amp < 0 || amp >= end) {
    onText(html.slice(start, end));
    return;
  }
  let from = start;
  while (amp >= 0 && amp < end) {
    if (rcdataEnd !== undefined && inEndTagPrefix(amp, rcdataEnd)) {
      amp = nextAmpersand(amp + 1);
      continue;
    }
    entityText = '';
    entityStart = amp;
    decoder.startEntity(mode);
    const done = decoder.write(html, amp + 1);
    // `end` is an upper bound only at the end of input (an entity never spans `<`).
    if (done < 0) decoder.end();
    if (entityText === '') {
      amp = nextAmpersand(amp + 1);
      continue;
    }
    if (from < amp) onText(html.slice(from, amp));
    // (An entity of two characters arrives as two pieces; none of them is whitespace, so one piece is the same.)
    onText(entityText);
    from = entityEnd;
    amp = nextAmpersand(from);
  }
  if (from < end) onText(html.slice(from, end));
}

// The first `&` at or after `ampFrom` (-1: none). Text pieces ask for the next `&` from their start; without the
// cache each piece would search on to the next `&` of the document, however far (quadratic in long documents
// with few entities).
let ampFrom = 0;
let ampAt = -1;

/** `html.indexOf('&', from)`, answered from the last search when `from` lies between it and its result. */
function nextAmpersand(from: number): number {
  if (from >= ampFrom && (ampAt < 0 || from <= ampAt)) return ampAt;
  ampFrom = from;
  ampAt = html.indexOf('&', from);
  return ampAt;
}

// Likewise for `--!>`, which almost no document has: without the cache each comment would search to the end.
let bangCloseFrom = 0;
let bangCloseAt = -1;

/** `html.indexOf('--!>', from)`, answered from the last search when `from` lies between it and its result. */
function nextBangClose(from: number): number {
  if (from >= bangCloseFrom && (bangCloseAt < 0 || from <= bangCloseAt)) return bangCloseAt;
  bangCloseFrom = from;
  bangCloseAt = html.indexOf('--!>', from);
  return bangCloseAt;
}

/** In RCDATA, an `&` right after a partial `</name` is not an entity start (htmlparser2's end-tag matcher). */
function inEndTagPrefix(amp: number, endTag: string): boolean {
  const lt = html.lastIndexOf('<', amp - 1);
  if (lt < 0 || amp - lt >= endTag.length) return false;
  return endTag.startsWith(html.slice(lt, amp).toLowerCase());
}

// ---- The scanner ----

export function htmlToText(source: string): HtmlText {
  html = source;
  n = source.length;
  ampFrom = n + 1;
  ampAt = -1;
  bangCloseFrom = n + 1;
  bangCloseAt = -1;
  out = [];
  links = [];
  skipDepth = 0;
  depth = 0;
  preAt = [];
  anchors = [];
  tag = '';
  styled = false;
  stack = [];
  stackKinds = [];
  foreign = [FOREIGN_NONE];
  tagname = '';
  tagKind = 0;
  scan();
  for (let i = stack.length - 1; i >= 0; i--) onClose(stack[i] as string, stackKinds[i] as number, true);
  const result = { text: tidyLines(out.join('')), links };
  html = '';
  out = [];
  links = [];
  return result;
}

function scan(): void {
  let textStart = 0;
  let pos = 0;
  for (;;) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) break;
    text(textStart, lt);
    textStart = lt;
    const c = html.charCodeAt(lt + 1);
    let next: number;
    if (isAlpha(c)) next = openTag(lt + 1);
    else if (c === 47 /* / */) next = closingTag(lt);
    else if (c === 33 /* ! */) next = declaration(lt);
    else if (c === 63 /* ? */) next = skipTo(html.indexOf('>', lt + 2));
    else {
      // Not markup: the `<` starts the next piece of text.
      pos = lt + 1;
      continue;
    }
    if (next < 0) return;
    textStart = next;
    pos = next;
  }
  text(textStart, n);
}

/** After a comment-like construct ending at `gt` (-1: it runs to the end, and is dropped). */
const skipTo = (gt: number): number => (gt < 0 ? -1 : gt + 1);

function declaration(lt: number): number {
  const c = html.charCodeAt(lt + 2);
  if (c === 91 /* [ */) {
    // `<![CDATA[…]]>` (text only in foreign content); any other `<![…>` is a bogus comment up to `>`.
    let i = lt + 3;
    const cdata = 'CDATA[';
    let k = 0;
    while (k < cdata.length && i < n && html.charCodeAt(i) === cdata.charCodeAt(k)) {
      i++;
      k++;
    }
    if (k < cdata.length) return i >= n ? -1 : skipTo(html.indexOf('>', i));
    const close = html.indexOf(']]>', i);
    if (close < 0) return -1;
    if (foreign[foreign.length - 1] !== FOREIGN_NONE && i < close) onText(html.slice(i, close));
    return close + 3;
  }
  if (c === 45 /* - */) {
    const d = html.charCodeAt(lt + 3);
    if (d === 62 /* > */) return lt + 4;
    if (d !== 45) return lt + 3 >= n ? -1 : skipTo(html.indexOf('>', lt + 4));
    // `<!--` … `-->` or `--!>`; `<!-->` and `<!--->` end at once.
    const s = lt + 4;
    if (html.charCodeAt(s) === 62) return s + 1;
    if (html.charCodeAt(s) === 45 && html.charCodeAt(s + 1) === 62) return s + 2;
    const a = html.indexOf('-->', s);
    const b = nextBangClose(s);
    if (a < 0 && b < 0) return -1;
    return a >= 0 && (b < 0 || a <= b) ? a + 3 : b + 4;
  }
  // `<!doctype …>`, `<!…>`: up to the next `>`.
  return skipTo(html.indexOf('>', lt + 2));
}

function closingTag(lt: number): number {
  const start = lt + 2;
  if (start >= n) {
    onTrailingText(lt, n);
    return -1;
  }
  const c = html.charCodeAt(start);
  if (c === 62) return start + 1;
  if (!isAlpha(c)) return skipTo(html.indexOf('>', start));
  let end = start + 1;
  while (end < n && !isEndOfTagSection(html.charCodeAt(end))) end++;
  if (end >= n) return -1;
  closeTag(readTagName(start, end));
  return afterClosingTagName(end);
}

function afterClosingTagName(end: number): number {
  if (html.charCodeAt(end) === 62) return end + 1;
  const gt = html.indexOf('>', end + 1);
  if (gt >= 0) return gt + 1;
  // htmlparser2 quirk at the end of input: it delivers the last character as text.
  onTrailingText(n - 1, n);
  return -1;
}

/** Text the parser delivers as it stands at the end of input (no entity decoding). */
function onTrailingText(start: number, end: number): void {
  if (start < end) {
    if (skipDepth > 0) tag = '';
    else onText(html.slice(start, end));
  }
}

function openTag(start: number): number {
  let end = start + 1;
  while (end < n && !isEndOfTagSection(html.charCodeAt(end))) end++;
  const inForeign = foreign[foreign.length - 1] !== FOREIGN_NONE;
  if (end >= n) {
    // A truncated tag name is dropped, unless it is still a prefix of a raw-text element's name.
    const partial = html.slice(start, end).toLowerCase();
    if (!inForeign && SPECIAL_PREFIXES.some((s) => s.startsWith(partial))) onTrailingText(start, end);
    return -1;
  }
  const lower = lowerName(start, end);
  const name = adjustName(lower);
  emitOpenTag(name);
  // (Outside foreign content the adjusted name differs only for `image` → `img`, neither of them raw.)
  const rawBody = !inForeign && (tagKind & RAW_BODY_KIND) !== 0;
  // Attributes.
  let i = end;
  for (;;) {
    while (i < n && isWs(html.charCodeAt(i))) i++;
    if (i >= n) return -1;
    let c = html.charCodeAt(i);
    if (c === 62 /* > */) {
      endOpenTag();
      return rawBody ? enterTagBody(lower, i + 1) : i + 1;
    }
    if (c === 47 /* / */) {
      i++;
      while (i < n && isWs(html.charCodeAt(i))) i++;
      if (i >= n) {
        onTrailingText(n - 1, n);
        return -1;
      }
      if (html.charCodeAt(i) === 62) {
        closeCurrentTag(false);
        return i + 1;
      }
      continue;
    }
    // Attribute name: its first character is taken whatever it is.
    const nameStart = i;
    i++;
    while (i < n) {
      c = html.charCodeAt(i);
      if (c === 61 /* = */ || isEndOfTagSection(c)) break;
      i++;
    }
    if (i >= n) return -1;
    const nameEnd = i;
    while (i < n && isWs(html.charCodeAt(i))) i++;
    if (i >= n) return -1;
    c = html.charCodeAt(i);
    if (c !== 61) {
      onAttribute(nameStart, nameEnd, 0, 0);
      continue;
    }
    i++;
    while (i < n && isWs(html.charCodeAt(i))) i++;
    if (i >= n) return -1;
    c = html.charCodeAt(i);
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const close = html.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      onAttribute(nameStart, nameEnd, i + 1, close);
      i = close + 1;
    } else {
      const valueStart = i;
      while (i < n) {
        c = html.charCodeAt(i);
        if (c === 62 || isWs(c)) break;
        i++;
      }
      if (i >= n) return -1;
      onAttribute(nameStart, nameEnd, valueStart, i);
    }
  }
}

/** After `>` of an opening raw-text, RCDATA or plaintext element: its content is read here. */
function enterTagBody(rawName: string, from: number): number {
  if (rawName === 'plaintext') {
    onTrailingText(from, n);
    return -1;
  }
  const endTag = `</${rawName}`;
  let at = from;
  for (;;) {
    const lt = html.indexOf('</', at);
    if (lt < 0 || lt + endTag.length >= n) break;
    if (
      html.slice(lt, lt + endTag.length).toLowerCase() === endTag &&
      isEndOfTagSection(html.charCodeAt(lt + endTag.length))
    ) {
      if (RCDATA.has(rawName)) text(from, lt, DecodingMode.Legacy, endTag);
      else onTrailingText(from, lt);
      const nameEnd = lt + endTag.length;
      closeTag(readTagName(lt + 2, nameEnd));
      return afterClosingTagName(nameEnd);
    }
    at = lt + 1;
  }
  // No end tag: the rest is text.
  if (RCDATA.has(rawName)) text(from, n, DecodingMode.Legacy, endTag);
  else onTrailingText(from, n);
  return -1;
}

// Collapsible whitespace of HTML text (plus no-break and figure spaces, which mail clients use as spaces).
// (Ordered so that a letter, the common case, is settled by two comparisons.)
const isSpace = (c: number): boolean =>
  c <= 32
    ? c === 32 || c === 10 || c === 9 || c === 13 || c === 12
    : c >= 0xa0 && (c === 0xa0 || c === 0x2007 || c === 0x202f);

// A space other than ` ` (a plain class scans fast; the alternation ` [\s…]` was tried at every space).
const OTHER_SPACE = /[\t\n\r\f\u00a0\u2007\u202f]/;

/** Each run of whitespace → one space. Most text nodes need no change and are returned as they are. */
export function collapseWhitespace(text: string): string {
  const len = text.length;
  // Pieces between tags are often one character (a line break of the markup).
  if (len === 1) return isSpace(text.charCodeAt(0)) ? ' ' : text;
  // Longer pieces: two native scans tell whether anything changes (a space other than a lone ` `).
  if (len > 24 && !OTHER_SPACE.test(text) && !text.includes('  ')) return text;
  let i = 0;
  for (; i < len; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) && (c !== 32 || (i + 1 < len && isSpace(text.charCodeAt(i + 1))))) break;
  }
  if (i === len) return text;
  let result = text.slice(0, i);
  while (i < len) {
    if (isSpace(text.charCodeAt(i))) {
      result += ' ';
      i++;
      while (i < len && isSpace(text.charCodeAt(i))) i++;
    } else {
      const from = i;
      while (i < len && !isSpace(text.charCodeAt(i))) i++;
      result += text.slice(from, i);
    }
  }
  return result;
}

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/**
 * Trims each line (blanks: space, tab, no-break space) and collapses runs of blank lines (the markup leaves
 * many), then trims the whole. One pass over the lines, as `\n[ \t\u00a0]+` → `\n`, `[ \t\u00a0]+\n` → `\n`,
 * `\n{3,}` → `\n\n` and `trim()` would give.
 */
export function tidyLines(text: string): string {
  const len = text.length;
  let result = '';
  let newlines = 0;
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    let from = start;
    let to = nl < 0 ? len : nl;
    if (start > 0) while (from < to && isBlank(text.charCodeAt(from))) from++;
    if (nl >= 0) while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
    if (from < to) {
      // Newlines before the first line with text, and after the last, fall to the final trim anyway.
      if (result.length > 0) result += newlines === 1 ? '\n' : '\n\n';
      else if (newlines > 0) result = newlines === 1 ? '\n' : '\n\n';
      result += from === 0 && to === len ? text : text.slice(from, to);
      newlines = 0;
    }
    if (nl < 0) break;
    newlines++;
    start = nl + 1;
  }
  return result.trim();
}
