// HTML invite bodies → visible text plus the links they carry (htmlparser2, SAX-style: no DOM is built).
// Entities are decoded by the parser, so `&amp;` inside an href arrives as `&`.
import { Parser } from 'htmlparser2';
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
const WHITESPACE = /[ \t\r\n\f\u00a0\u2007\u202f]+/g;

export interface HtmlText {
  text: string;
  links: Link[];
}

// One parser for the process, reset per document: building a parser (tokenizer, entity decoder) costs more
// than parsing a typical invite. htmlToText is synchronous and not re-entrant, so sharing is safe.
const state = {
  out: [] as string[],
  links: [] as Link[],
  skipDepth: 0,
  depth: 0,
  // Depths at which a <pre> or `white-space:pre*` element opened: text inside keeps its line breaks.
  preAt: [] as number[],
  anchors: [] as { href: string; start: number }[],
};

const parser = new Parser(
  {
    onopentag(name, attribs) {
      state.depth++;
      if (SKIPPED.has(name)) {
        state.skipDepth++;
        return;
      }
      if (name === 'br' || BLOCKS.has(name)) state.out.push('\n');
      else if (CELLS.has(name)) state.out.push('\t');
      if (name === 'pre' || (attribs.style?.includes('pre') && /white-space\s*:\s*pre/i.test(attribs.style))) {
        state.preAt.push(state.depth);
      }
      if (name === 'a') state.anchors.push({ href: (attribs.href ?? '').trim(), start: state.out.length });
    },
    ontext(text) {
      if (state.skipDepth > 0) return;
      state.out.push(state.preAt.length > 0 ? text.replace(/\r\n?/g, '\n') : text.replace(WHITESPACE, ' '));
    },
    onclosetag(name, isImplied) {
      if (state.preAt.at(-1) === state.depth) state.preAt.pop();
      state.depth--;
      if (SKIPPED.has(name)) {
        if (state.skipDepth > 0) state.skipDepth--;
        return;
      }
      if (name === 'a') {
        const anchor = state.anchors.pop();
        if (anchor?.href) state.links.push({ url: anchor.href, label: state.out.slice(anchor.start).join('').trim() });
      } else if (BLOCKS.has(name) && !isImplied) state.out.push('\n');
    },
  },
  { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
);

export function htmlToText(html: string): HtmlText {
  state.out = [];
  state.links = [];
  state.skipDepth = 0;
  state.depth = 0;
  state.preAt = [];
  state.anchors = [];
  parser.reset();
  parser.write(html);
  parser.end();
  return { text: tidyLines(state.out.join('')), links: state.links };
}

/** Trims each line and collapses runs of blank lines (the markup leaves many). */
export function tidyLines(text: string): string {
  return text
    .replace(/\n[ \t\u00a0]+|[ \t\u00a0]+(?=\n)/g, (m) => (m[0] === '\n' ? '\n' : ''))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
