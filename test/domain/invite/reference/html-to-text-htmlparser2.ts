// REFERENCE (test-only): the htmlparser2-based HTML → text that production used before the purpose-built
// scanner in src/domain/invite/html-to-text.ts. Kept frozen so html-to-text.differential.test.ts can compare both.
// HTML invite bodies → visible text plus the links they carry (htmlparser2, SAX-style: no DOM is built).
// Entities are decoded by the parser, so `&amp;` inside an href arrives as `&`.
import { Parser } from 'htmlparser2';
import type { Link } from '../../../../src/domain/invite/types.js';

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

export interface HtmlText {
  text: string;
  links: Link[];
}

// One parser for the process, reset per document: building a parser (tokenizer, entity decoder) costs more
// than parsing a typical invite. htmlToText is synchronous and not re-entrant, so sharing is safe.
// Tags are taken by name (`onopentagname`) and only `href`/`style` are read (`onattribute`), so the parser
// builds no attribute object per tag.
const state = {
  out: [] as string[],
  links: [] as Link[],
  skipDepth: 0,
  depth: 0,
  // Depths at which a <pre> or `white-space:pre*` element opened: text inside keeps its line breaks.
  preAt: [] as number[],
  anchors: [] as { href: string | undefined; start: number }[],
  /** The tag whose attributes arrive now (`a`, or one whose `style` may say `white-space:pre`), else ''. */
  tag: '',
  /** `style` already seen on the current tag (the first of a repeated attribute counts, as in the parser). */
  styled: false,
};

const parser = new Parser(
  {
    onopentagname(name) {
      state.depth++;
      state.tag = '';
      if (SKIPPED.has(name)) {
        state.skipDepth++;
        return;
      }
      if (name === 'br' || BLOCKS.has(name)) state.out.push('\n');
      else if (CELLS.has(name)) state.out.push('\t');
      if (name === 'pre') state.preAt.push(state.depth);
      else {
        state.tag = name;
        state.styled = false;
      }
      if (name === 'a') state.anchors.push({ href: undefined, start: state.out.length });
    },
    onattribute(name, value) {
      if (state.tag === '') return;
      if (name === 'href' && state.tag === 'a') {
        const anchor = state.anchors[state.anchors.length - 1];
        if (anchor && anchor.href === undefined) anchor.href = value;
      } else if (name === 'style' && !state.styled) {
        state.styled = true;
        if (value.includes('pre') && PRE_STYLE.test(value)) state.preAt.push(state.depth);
      }
    },
    ontext(text) {
      state.tag = '';
      if (state.skipDepth > 0) return;
      state.out.push(state.preAt.length > 0 ? text.replace(/\r\n?/g, '\n') : collapseWhitespace(text));
    },
    onclosetag(name, isImplied) {
      state.tag = '';
      if (state.preAt.at(-1) === state.depth) state.preAt.pop();
      state.depth--;
      if (SKIPPED.has(name)) {
        if (state.skipDepth > 0) state.skipDepth--;
        return;
      }
      if (name === 'a') {
        const anchor = state.anchors.pop();
        const href = anchor?.href?.trim();
        if (href) state.links.push({ url: href, label: state.out.slice(anchor?.start).join('').trim() });
      } else if (BLOCKS.has(name) && !isImplied) state.out.push('\n');
    },
  },
  { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
);
const PRE_STYLE = /white-space\s*:\s*pre/i;

export function referenceHtmlToText(html: string): HtmlText {
  state.out = [];
  state.links = [];
  state.skipDepth = 0;
  state.depth = 0;
  state.preAt = [];
  state.anchors = [];
  state.tag = '';
  parser.reset();
  parser.write(html);
  parser.end();
  return { text: tidyLines(state.out.join('')), links: state.links };
}

// Collapsible whitespace of HTML text (plus no-break and figure spaces, which mail clients use as spaces).
const isSpace = (c: number): boolean =>
  c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0 || c === 0x2007 || c === 0x202f;

/** Each run of whitespace → one space. Most text nodes need no change and are returned as they are. */
export function collapseWhitespace(text: string): string {
  const n = text.length;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) && (c !== 32 || (i + 1 < n && isSpace(text.charCodeAt(i + 1))))) break;
  }
  if (i === n) return text;
  let out = text.slice(0, i);
  while (i < n) {
    if (isSpace(text.charCodeAt(i))) {
      out += ' ';
      i++;
      while (i < n && isSpace(text.charCodeAt(i))) i++;
    } else {
      const from = i;
      while (i < n && !isSpace(text.charCodeAt(i))) i++;
      out += text.slice(from, i);
    }
  }
  return out;
}

/** Trims each line and collapses runs of blank lines (the markup leaves many). */
export function tidyLines(text: string): string {
  return text
    .replace(/\n[ \t\u00a0]+|[ \t\u00a0]+(?=\n)/g, (m) => (m[0] === '\n' ? '\n' : ''))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
