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

export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  const links: Link[] = [];
  let skipDepth = 0;
  let depth = 0;
  // Depths at which a <pre> or `white-space:pre*` element opened: text inside keeps its line breaks.
  const preAt: number[] = [];
  const anchors: { href: string; start: number }[] = [];

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth++;
        if (SKIPPED.has(name)) {
          skipDepth++;
          return;
        }
        if (name === 'br') out.push('\n');
        else if (BLOCKS.has(name)) out.push('\n');
        else if (CELLS.has(name)) out.push('\t');
        if (name === 'pre' || (attribs.style?.includes('pre') && /white-space\s*:\s*pre/i.test(attribs.style)))
          preAt.push(depth);
        if (name === 'a') anchors.push({ href: (attribs.href ?? '').trim(), start: out.length });
      },
      ontext(text) {
        if (skipDepth > 0) return;
        out.push(preAt.length > 0 ? text.replace(/\r\n?/g, '\n') : text.replace(WHITESPACE, ' '));
      },
      onclosetag(name, isImplied) {
        if (preAt.at(-1) === depth) preAt.pop();
        depth--;
        if (SKIPPED.has(name)) {
          if (skipDepth > 0) skipDepth--;
          return;
        }
        if (name === 'a') {
          const anchor = anchors.pop();
          if (anchor?.href) links.push({ url: anchor.href, label: out.slice(anchor.start).join('').trim() });
        } else if (BLOCKS.has(name) && !isImplied) out.push('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return { text: tidyLines(out.join('')), links };
}

/** Trims each line and collapses runs of blank lines (the markup leaves many). */
export function tidyLines(text: string): string {
  return text
    .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
