// Differential test: the purpose-built HTML → text scanner against the htmlparser2-based reference it replaced
// (test/domain/invite/reference/). Same text and links over real invite HTML (dev corpus, fixtures, the bench's
// generated invites) and over generated HTML-ish strings full of malformed markup.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/domain/invite/html-to-text.js';
import { referenceHtmlToText } from './reference/html-to-text-htmlparser2.js';

const root = new URL('../../../', import.meta.url).pathname;
const DEV_CORPUS = join(root, '../shared/eval/invites-dev.jsonl');

const same = (html: string): void => {
  expect(htmlToText(html)).toEqual(referenceHtmlToText(html));
};

describe('htmlToText matches the htmlparser2 reference', () => {
  it.skipIf(!existsSync(DEV_CORPUS))('over every body of the dev corpus', () => {
    const records = readFileSync(DEV_CORPUS, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { body: string });
    expect(records.length).toBeGreaterThan(0);
    for (const { body } of records) {
      same(body);
      same(body.replace(/<(\/?)([a-zA-Z][\w:]*)/g, (_, s: string, name: string) => `<${s}${name.toUpperCase()}`));
      same(body.replace(/="([^"]*)"/g, "='$1'"));
      same(body.replace(/\n/g, '\r\n'));
      // Truncated anywhere: unclosed tags, attributes and comments at the end of input.
      for (let cut = 7; cut < body.length; cut += 97) same(body.slice(0, cut));
    }
  });

  it('over the test fixtures', () => {
    const dir = join(root, 'test/fixtures/invites');
    for (const name of readdirSync(dir)) same(readFileSync(join(dir, name), 'utf8'));
  });

  it('over the bench generator’s invites', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hygiene-bench-'));
    try {
      const file = join(dir, 'invites.jsonl');
      execFileSync(process.execPath, [join(root, 'bench/check.mjs'), '--count', '400', '--dump', file]);
      const records = readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { body: string });
      expect(records.length).toBe(400);
      for (const { body } of records) same(body);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('over hand-picked oddities', () => {
    for (const html of [
      '<p>a</p></p><br></br><p/>x<div/>y',
      '<a href="https://x.zoom.us/j/1?pwd=ab&amp;from=addon">Join <b>now</b></a>',
      '<a>no href</a><a href="">empty</a><a href=https://u.example/x?a=1&amp;b=2>bare</a><a HREF=\'q\' href="r">two</a>',
      '<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></xml><![endif]--><p>after</p>',
      '<![if !supportLists]>1.<![endif]> item <![CDATA[ hidden ]]> <svg><![CDATA[shown]]></svg>',
      '<!DOCTYPE html><?xml version="1.0"?><!--> <!---> <!-- a -- b --!> c',
      '<script>if (a<b) document.write("</scr"+"ipt>")</script>d<style>p{}</style >e',
      '<title>T &amp; </title >f<textarea>x &lt;y&gt; </textarea>g<xmp><b>raw</b></xmp>',
      'a < b <3 &nbsp;&nbsp; c&amp d &notit; &#x1F600; &#128512; &NotEqualTilde; &bogus; &',
      '<table><tr><td>Passcode:</td><td>Ab12cd</td></tr><tr><th>ID</th><td>123 456</td></table>',
      '<ul><li>one<li>two</ul><dl><dt>a<dd>b</dl><h1>x<h2>y</h2>',
      '<div style="white-space: pre-wrap">a\r\n  b\rc</div><pre>  x\n y</pre><span style="WHITE-SPACE:PRE">z\n</span>',
      '<form><form style="white-space:pre">x\ny</form></form>',
      '<A HREF="https://meet.google.com/abc-defg-hij">Meet</A><BR><P>Pin: 123</P>',
      '<div><a href="https://a/1">one<a href="https://a/2">two</a></div>',
      '<p>unclosed <b>bold <i>italic',
      '<br/ ><br / >x<img src=x/>y<input value="a>b">z',
      '<plaintext><b>all text</b>',
      '</ x>a</>b</3>c<//d>e',
      'x<div',
      'x<scr',
      'x</div',
      'x</div  ',
      'x<br /',
      'x<a href="y',
      'x<!-- y',
      'x<!-> y<!-z> w',
      'x<![CDA',
      'x&amp',
      '<math><mi>x</mi><title>t</title></math><svg><foreignObject><p>in</p></foreignObject><image/></svg>',
      '<noscript>n</noscript><template>t</template><head><title>h</title></head><body>b</body>',
      '<td>a</td><th>b</th><tr><td>c',
      '\u00a0<p>\u00a0 x \u2007 y \u202f</p>\t\f',
    ])
      same(html);
  });

  it('over generated HTML-ish strings', () => {
    const names = [
      'a',
      'A',
      'p',
      'P',
      'div',
      'br',
      'span',
      'b',
      'td',
      'th',
      'tr',
      'table',
      'li',
      'ul',
      'pre',
      'style',
      'script',
      'title',
      'textarea',
      'xmp',
      'head',
      'body',
      'html',
      'form',
      'h1',
      'h2',
      'hr',
      'img',
      'svg',
      'math',
      'mi',
      'image',
      'noscript',
      'o:p',
      'iframe',
      'plaintext',
      'foreignObject',
      'dd',
      'dt',
    ];
    const attr = fc.oneof(
      fc.constantFrom(
        ' href="https://zoom.us/j/1?pwd=a&amp;b=1"',
        " href='https://teams.microsoft.com/l/meetup-join/x'",
        ' href=https://meet.jit.si/Room',
        ' HREF="x"',
        ' href',
        ' href=""',
        ' style="white-space:pre-wrap"',
        " style='color:red'",
        ' style=white-space:pre',
        ' class="MsoNormal"',
        ' data-x="a>b"',
        ' =x',
        ' /',
        ' a=b/',
        '  ',
      ),
      fc.string({ maxLength: 6 }).map((s) => ` t="${s.replace(/"/g, '')}"`),
    );
    const token = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...names).map((n) => `<${n}`) },
      { weight: 3, arbitrary: attr },
      { weight: 4, arbitrary: fc.constantFrom('>', '/>', ' >', '>') },
      { weight: 3, arbitrary: fc.constantFrom(...names).map((n) => `</${n}>`) },
      {
        weight: 4,
        arbitrary: fc.constantFrom(
          'Passcode: ',
          'Ab12cd',
          'Meeting ID: 123 456 789',
          ' ',
          '  ',
          '\n',
          '\r\n',
          '\t',
          '\u00a0',
          '&nbsp;',
          '&amp;',
          '&amp',
          '&lt;',
          '&#160;',
          '&#x20;',
          '&#10;',
          '&#32;',
          '&notit;',
          '&xyz;',
          '&',
          '<',
          '< ',
          '<3',
          '</',
          '</ ',
          '<!--',
          '-->',
          '--!>',
          '<!-- c -->',
          '<![CDATA[',
          ']]>',
          '<![if !supportLists]>',
          '<![endif]>',
          '<!DOCTYPE html>',
          '<?xml?>',
          '<!>',
          '<!-',
          '<!-x>',
          '"',
          "'",
          '=',
          '/',
        ),
      },
      { weight: 2, arbitrary: fc.string({ maxLength: 5 }) },
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        same(tokens.join(''));
      }),
      { numRuns: 4000 },
    );
  });
});
