import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBlocks, SLACK_LIMITS } from '../../src/adapters/slack/render-blocks.js';
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  CARD_MAX_CHARS,
  cardAttachment,
  renderAdaptiveCard,
  renderErrorCard,
} from '../../src/adapters/teams/render-card.js';
import { renderHtml } from '../../src/adapters/web/render-html.js';
import { RULE_IDS, SEVERITIES } from '../../src/domain/findings.js';
import type { BotMessage } from '../../src/domain/message.js';

// ---------------------------------------------------------------------------------------------------------------
// Fixtures

const warning: BotMessage = {
  kind: 'warning',
  title: 'Passcode written into "Board & Budget <Q3>"',
  severity: 'critical',
  text: 'Your meeting invite shows its passcode & the lobby lets everyone in.\n\nAnyone who sees the invite can join.',
  facts: [
    { label: 'Subject', value: 'Board & Budget <Q3>' },
    { label: 'Starts', value: '2025-03-04 09:00 Europe/London' },
  ],
  findings: [
    {
      rule: 'passcode-in-body',
      severity: 'critical',
      message: 'The invite body contains the meeting passcode.',
      evidence: 'Passcode: [REDACTED]',
      guidance: 'Remove the passcode from the invite and send it separately to named attendees.',
    },
    {
      rule: 'lobby-open',
      severity: 'high',
      message: 'Everyone can bypass the lobby.',
      evidence: 'lobbyBypassSettings.scope = everyone',
      guidance: 'Set "Who can bypass the lobby" to people in your organisation.',
    },
  ],
  checklist: ['Keep the lobby on for external guests', 'Send passcodes separately'],
  sources: [
    {
      title: 'NCSC: Video conferencing services',
      url: 'https://www.ncsc.gov.uk/guidance/video-conferencing-services-security-guidance-organisations',
    },
  ],
  suggestions: ['How do I lock a meeting?', 'What is the lobby?'],
  actions: [
    { verb: 'fix-lobby', title: 'Fix the lobby', data: { eventId: 'AAMk=1', series: 'yes' }, style: 'primary' },
    { verb: 'snooze', title: 'Snooze 1 day', data: { eventId: 'AAMk=1', for: '1d' } },
    { verb: 'dismiss', title: 'Not an issue', data: { eventId: 'AAMk=1' }, style: 'destructive' },
    { verb: 'open-options', title: 'Meeting options', url: 'https://teams.microsoft.com/meetingOptions/?a=1&b=2' },
  ],
};

/** Every string of a message a reader must see, whatever the renderer. */
function visibleStrings(m: BotMessage): string[] {
  return [
    m.title,
    ...(m.text ?? '').split(/\n+/),
    ...(m.facts ?? []).flatMap((f) => [f.label, f.value]),
    ...(m.findings ?? []).flatMap((f) => [f.message, f.evidence, f.guidance]),
    ...(m.checklist ?? []),
    ...(m.sources ?? []).map((s) => s.title),
    ...(m.suggestions ?? []),
    ...(m.actions ?? []).map((a) => a.title),
  ];
}

const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const hostile = fc.oneof(
  text(40),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><script src=//evil.example/x.js></script>',
    "' onmouseover='alert(1)",
    '<img src=x onerror=alert(1)>',
    '&lt;script&gt;',
    '<!channel> <@U123> <https://evil.example|click>',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Adaptive Card template syntax, on purpose
    '${title} @{x} {{y}}',
    '[click](https://evil.example) **bold**',
  ),
  fc.tuple(text(20), fc.constantFrom('<', '>', '&', '"', "'", '<script'), text(20)).map((p) => p.join('')),
);

const messageArb = (str: fc.Arbitrary<string>, listMax: number): fc.Arbitrary<BotMessage> =>
  fc.record(
    {
      kind: fc.constantFrom('answer', 'checklist', 'invite-check', 'warning', 'reminder', 'notice', 'error' as const),
      title: str,
      text: str,
      severity: fc.constantFrom(...SEVERITIES),
      findings: fc.array(
        fc.record({
          rule: fc.constantFrom(...RULE_IDS),
          severity: fc.constantFrom(...SEVERITIES),
          message: str,
          evidence: str,
          guidance: str,
        }),
        { maxLength: listMax },
      ),
      checklist: fc.array(str, { maxLength: listMax }),
      facts: fc.array(fc.record({ label: str, value: str }), { maxLength: listMax }),
      suggestions: fc.array(str, { maxLength: 8 }),
      sources: fc.array(
        fc.record({ title: str, url: fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)'), str) }),
        { maxLength: listMax },
      ),
      actions: fc.array(
        fc.record(
          {
            verb: fc.stringMatching(/^[a-z][a-z-]{0,20}$/),
            title: str,
            url: fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)')),
            data: fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), str, { maxKeys: 3 }),
            style: fc.constantFrom('primary', 'destructive' as const),
          },
          { requiredKeys: ['verb', 'title'] },
        ),
        { maxLength: 30 },
      ),
    },
    { requiredKeys: ['kind', 'title'] },
  ) as fc.Arbitrary<BotMessage>;

const huge: BotMessage = {
  kind: 'invite-check',
  title: `Report ${'very long title '.repeat(40)}`,
  severity: 'high',
  text: Array.from({ length: 60 }, (_, i) => `Paragraph ${i} ${'lorem ipsum & dolor <sit> '.repeat(30)}`).join('\n\n'),
  facts: Array.from({ length: 40 }, (_, i) => ({ label: `Fact ${i}`, value: 'v'.repeat(500) })),
  findings: Array.from({ length: 300 }, (_, i) => ({
    rule: 'passcode-in-body' as const,
    severity: 'medium' as const,
    message: `Finding ${i} ${'m'.repeat(300)}`,
    evidence: 'Passcode: [REDACTED]',
    guidance: 'g'.repeat(700),
  })),
  checklist: Array.from({ length: 500 }, (_, i) => `Item ${i} ${'c'.repeat(200)}`),
  sources: Array.from({ length: 40 }, (_, i) => ({ title: `Source ${i}`, url: `https://example.org/${i}` })),
  suggestions: Array.from({ length: 20 }, (_, i) => `Suggestion ${i} ${'s'.repeat(100)}`),
  actions: Array.from({ length: 40 }, (_, i) => ({
    verb: 'snooze',
    title: `Snooze ${i} ${'t'.repeat(100)}`,
    data: { i: String(i) },
  })),
};

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function walk(node: unknown, visit: (o: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) for (const n of node) walk(n, visit);
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    for (const v of Object.values(node)) walk(v, visit);
  }
}

function stringsOf(node: unknown): string[] {
  const out: string[] = [];
  const go = (n: unknown): void => {
    if (typeof n === 'string') out.push(n);
    else if (Array.isArray(n)) n.forEach(go);
    else if (n && typeof n === 'object') Object.values(n).forEach(go);
  };
  go(node);
  return out;
}

const require = createRequire(import.meta.url);
// adaptivecards@3, installed under the alias adaptivecards-v3: as plain `adaptivecards` it would replace the 1.2.3
// copy botframework-schema hoists, and adaptivecards-templating's typings (`adaptivecards/src/schema`) would then
// pull 3.x TypeScript sources into tsc. Its ESM entry does not load in Node; the UMD build parses headless.
const AC = require('adaptivecards-v3/dist/adaptivecards.js');

/** Parses a card with the Adaptive Cards SDK as a 1.5 host would and returns its parse and validation messages. */
function adaptiveCardIssues(card: object): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(card, context);
  const issues: string[] = [];
  for (let i = 0; i < context.eventCount; i++) issues.push(context.getEventAt(i).message);
  for (const e of parsed.validateProperties().validationEvents) issues.push(e.message);
  return issues;
}

const unescapeHtml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const unescapeSlack = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** What Slack shows: mrkdwn is unescaped, plain_text is shown as is. */
function slackStrings(blocks: object[]): string {
  const out: string[] = [];
  walk(blocks, (o) => {
    if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(unescapeSlack(o.text));
    if (o.type === 'plain_text' && typeof o.text === 'string') out.push(o.text);
  });
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

describe('renderAdaptiveCard', () => {
  it('is an Adaptive Card 1.5 with full width in Teams', () => {
    const card = renderAdaptiveCard(warning);
    expect(card.type).toBe('AdaptiveCard');
    expect(card.version).toBe('1.5');
    expect(card.msteams).toEqual({ width: 'Full' });
    expect(JSON.stringify(card)).not.toContain('${');
  });

  it('parses with the Adaptive Cards SDK without errors or unknown elements', () => {
    expect(adaptiveCardIssues(renderAdaptiveCard(warning))).toEqual([]);
    expect(adaptiveCardIssues(renderAdaptiveCard({ kind: 'notice', title: 'Hello' }))).toEqual([]);
    expect(adaptiveCardIssues(renderErrorCard('Could not read that invite.'))).toEqual([]);
    // The check itself works: an unknown element is reported.
    expect(adaptiveCardIssues({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Bogus' }] })).not.toEqual([]);
  });

  it('maps callback actions to Action.Execute with a Submit fallback, links to Action.OpenUrl', () => {
    const card = renderAdaptiveCard(warning);
    const actions = card.actions as Record<string, unknown>[];
    expect(actions.map((a) => a.type)).toEqual([
      'Action.Execute',
      'Action.Execute',
      'Action.Execute',
      'Action.OpenUrl',
    ]);
    expect(actions[0]).toMatchObject({
      verb: 'fix-lobby',
      title: 'Fix the lobby',
      data: { eventId: 'AAMk=1', series: 'yes' },
      style: 'positive',
      fallback: { type: 'Action.Submit', data: { verb: 'fix-lobby', eventId: 'AAMk=1', series: 'yes' } },
    });
    expect(actions[2]).toMatchObject({ verb: 'dismiss', style: 'destructive' });
    expect(actions[3]).toEqual({
      type: 'Action.OpenUrl',
      title: 'Meeting options',
      url: 'https://teams.microsoft.com/meetingOptions/?a=1&b=2',
    });
    walk(card, (o) => {
      if (o.type === 'Action.Execute') expect(typeof o.verb === 'string' && o.verb.length > 0).toBe(true);
    });
  });

  it('sends suggestions back as the user typing them (imBack)', () => {
    const submits: unknown[] = [];
    walk(renderAdaptiveCard(warning), (o) => {
      if (o.type === 'Action.Submit' && o.title === 'What is the lobby?') submits.push(o.data);
    });
    expect(submits).toEqual([{ msteams: { type: 'imBack', value: 'What is the lobby?' } }]);
  });

  it('keeps template syntax in data as literal text', () => {
    // Adaptive Card template syntax written without a JS template literal: `$` + `{title}`.
    const title = ['$', '{title} $', '{kind}'].join('');
    const body = ['@{x} $', '{text}'].join('');
    const texts = stringsOf(renderAdaptiveCard({ kind: 'answer', title, text: body }));
    expect(texts).toContain(title);
    expect(texts).toContain(body);
  });

  it('puts untrusted text only into TextRuns, never into markdown TextBlocks', () => {
    const card = renderAdaptiveCard({ ...warning, title: '[click](https://evil.example)' });
    walk(card, (o) => {
      if (o.type === 'TextBlock') expect(o.text).not.toContain('evil.example');
    });
  });

  it('drops links that are not http(s)', () => {
    const card = renderAdaptiveCard({
      kind: 'answer',
      title: 't',
      sources: [{ title: 'bad', url: 'javascript:alert(1)' }],
      actions: [{ verb: 'x', title: 'bad link', url: 'javascript:alert(1)' }],
    });
    expect(JSON.stringify(card)).not.toContain('javascript:');
  });

  it('stays under the Teams size budget for a huge message and says what it left out', () => {
    const card = renderAdaptiveCard(huge);
    const json = JSON.stringify(card);
    expect(json.length).toBeLessThanOrEqual(CARD_MAX_CHARS);
    expect(json).toMatch(/Showing \d+ of 300 findings/);
    expect(json).toContain('Findings (300)');
    expect(adaptiveCardIssues(card)).toEqual([]);
    expect((card.actions as unknown[]).length).toBeLessThanOrEqual(5);
    expect(json).toContain('Showing 5 of 40 actions.');
  });

  it('stays under the size budget and parses for any message (property)', () => {
    fc.assert(
      fc.property(messageArb(fc.string({ unit: 'binary', maxLength: 3000 }), 60), (m) => {
        const card = renderAdaptiveCard(m);
        expect(JSON.stringify(card).length).toBeLessThanOrEqual(CARD_MAX_CHARS);
        expect(card.version).toBe('1.5');
        expect(adaptiveCardIssues(card)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('wraps cards in a Bot Framework attachment; error cards carry the text', () => {
    expect(cardAttachment(warning)).toEqual({
      contentType: ADAPTIVE_CARD_CONTENT_TYPE,
      content: renderAdaptiveCard(warning),
    });
    expect(ADAPTIVE_CARD_CONTENT_TYPE).toBe('application/vnd.microsoft.card.adaptive');
    const error = renderErrorCard('The invite could not be parsed.');
    expect(error.version).toBe('1.5');
    expect(stringsOf(error)).toContain('The invite could not be parsed.');
  });
});

describe('renderBlocks', () => {
  it('renders header, severity, sections, sources and buttons', () => {
    const { text, blocks } = renderBlocks(warning);
    expect(blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: warning.title, emoji: true },
    });
    expect(text).toContain('Board &amp; Budget &lt;Q3&gt;');
    const json = JSON.stringify(blocks);
    expect(json).toContain('Board &amp; Budget &lt;Q3&gt;');
    expect(json).toContain(
      '<https://www.ncsc.gov.uk/guidance/video-conferencing-services-security-guidance-organisations|NCSC: Video conferencing services>',
    );
    const buttons = blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements as Record<string, unknown>[]);
    expect(buttons.find((b) => b.action_id === 'fix-lobby')).toMatchObject({
      style: 'primary',
      value: JSON.stringify({ eventId: 'AAMk=1', series: 'yes' }),
    });
    expect(buttons.find((b) => b.action_id === 'dismiss')).toMatchObject({ style: 'danger' });
    expect(buttons.find((b) => b.action_id === 'open-options')).toMatchObject({
      url: 'https://teams.microsoft.com/meetingOptions/?a=1&b=2',
    });
    expect(buttons.filter((b) => b.action_id === 'ask' || b.action_id === 'ask:2').map((b) => b.value)).toEqual([
      JSON.stringify({ question: 'How do I lock a meeting?' }),
      JSON.stringify({ question: 'What is the lobby?' }),
    ]);
  });

  it('escapes &, <, > so invites cannot inject mentions or links', () => {
    const { text, blocks } = renderBlocks({
      kind: 'invite-check',
      title: 't',
      text: '<!channel> <https://evil.example|click> a&b',
      findings: [{ ...warning.findings![0]!, evidence: '<@U123> `x`' }],
    });
    const json = JSON.stringify(blocks);
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<https://evil.example');
    expect(json).not.toContain('<@U123>');
    expect(json).toContain('&lt;!channel&gt;');
    expect(text).not.toContain('<!channel>');
  });

  it('holds every Block Kit limit for a huge message and says it was shortened', () => {
    const { blocks } = renderBlocks(huge);
    expectSlackLimits(blocks);
    expect(JSON.stringify(blocks)).toContain('Shortened to fit Slack');
  });

  it('holds every Block Kit limit for any message (property)', () => {
    fc.assert(
      fc.property(messageArb(fc.string({ unit: 'binary', maxLength: 5000 }), 80), (m) => {
        const { text, blocks } = renderBlocks(m);
        expectSlackLimits(blocks);
        expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
      }),
      { numRuns: 60 },
    );
  });
});

function expectSlackLimits(blocks: Record<string, unknown>[]): void {
  expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  let total = 0;
  for (const b of blocks) {
    if (b.type === 'header') {
      const t = (b.text as { text: string }).text;
      expect(t.length).toBeGreaterThan(0);
      expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    }
    if (b.type === 'section') {
      const t = (b.text as { text: string } | undefined)?.text;
      if (t !== undefined) {
        expect(t.trim().length).toBeGreaterThan(0);
        expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
        total += t.length;
      }
      const fields = (b.fields as { text: string }[] | undefined) ?? [];
      expect(fields.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionFields);
      for (const f of fields) expect(f.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldText);
      total += fields.reduce((n, f) => n + f.text.length, 0);
    }
    if (b.type === 'context')
      expect((b.elements as unknown[]).length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
    if (b.type === 'actions') {
      const elements = b.elements as Record<string, unknown>[];
      expect(elements.length).toBeGreaterThan(0);
      expect(elements.length).toBeLessThanOrEqual(SLACK_LIMITS.actionsElements);
      const ids = elements.map((e) => e.action_id as string);
      expect(new Set(ids).size).toBe(ids.length);
      for (const e of elements) {
        const label = (e.text as { text: string }).text;
        expect(label.length).toBeGreaterThan(0);
        expect(label.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
        expect((e.action_id as string).length).toBeLessThanOrEqual(SLACK_LIMITS.actionId);
        expect((e.value as string).length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
        expect(() => JSON.parse(e.value as string)).not.toThrow();
        if (e.url !== undefined) expect(e.url as string).toMatch(/^https?:\/\//);
      }
    }
  }
  expect(total).toBeLessThanOrEqual(SLACK_LIMITS.totalText);
}

const HTML_TAGS = [
  'article',
  'h2',
  'h3',
  'p',
  'span',
  'dl',
  'dt',
  'dd',
  'ul',
  'li',
  'strong',
  'code',
  'label',
  'input',
  'a',
  'div',
  'button',
  'br',
];
const HTML_ATTRIBUTES = [
  'class',
  'role',
  'aria-label',
  'type',
  'data-prompt',
  'data-verb',
  'data-action',
  'data-rule',
  'href',
  'target',
  'rel',
];

describe('renderHtml', () => {
  it('renders an article with heading, severity, lists, links and buttons', () => {
    const html = renderHtml(warning);
    expect(html).toMatch(/^<article class="bot-message kind-warning severity-critical">/);
    expect(html).toContain('<h2>Passcode written into &quot;Board &amp; Budget &lt;Q3&gt;&quot;</h2>');
    expect(html).toContain('<span class="visually-hidden">Severity: </span>Critical');
    expect(html).toContain('<ul class="findings" aria-label="Findings">');
    expect(html).toContain('<ul class="checklist" aria-label="Checklist">');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('data-prompt="How do I lock a meeting?"');
    expect(html).toContain(
      'data-verb="fix-lobby" data-action="{&quot;eventId&quot;:&quot;AAMk=1&quot;,&quot;series&quot;:&quot;yes&quot;}"',
    );
    expect(html).toContain('href="https://teams.microsoft.com/meetingOptions/?a=1&amp;b=2"');
  });

  it('never lets markup from any string through (property)', () => {
    fc.assert(
      fc.property(messageArb(hostile, 5), (m) => {
        const html = renderHtml(m);
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/<img/i);
        expect(html).not.toContain('javascript:');
        // Tokenise: every tag and attribute is one the renderer writes itself, and no `<`, `>` or `"` is left over.
        const tagPattern = /<\/?([a-z0-9]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>/g;
        for (const [, tag, attributes] of html.matchAll(tagPattern)) {
          expect(HTML_TAGS).toContain(tag);
          for (const [, name] of (attributes ?? '').matchAll(/\s+([a-z-]+)(?:="[^"]*")?/g))
            expect(HTML_ATTRIBUTES).toContain(name);
        }
        expect(html.replace(tagPattern, '')).not.toMatch(/[<>"]/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the three renderers', () => {
  it('show the same strings', () => {
    const card = stringsOf(renderAdaptiveCard(warning)).join('\n');
    const slack = slackStrings(renderBlocks(warning).blocks);
    const html = unescapeHtml(renderHtml(warning));
    for (const s of visibleStrings(warning)) {
      expect(card, `card shows ${s}`).toContain(s);
      expect(slack, `Slack shows ${s}`).toContain(s);
      expect(html, `HTML shows ${s}`).toContain(s);
    }
  });

  it('show the same strings for hostile input (property)', () => {
    fc.assert(
      fc.property(messageArb(hostile, 3), (m) => {
        const withSafeLinks: BotMessage = {
          ...m,
          sources: m.sources?.filter((s) => /^https?:\/\/[^\s<>|]+$/.test(s.url)),
          actions: m.actions?.filter((a) => a.url === undefined || /^https?:\/\/[^\s<>]+$/.test(a.url)).slice(0, 5),
          suggestions: m.suggestions?.filter((p) => p.trim().length > 0).slice(0, 5),
        };
        const card = stringsOf(renderAdaptiveCard(withSafeLinks)).join('\n');
        const slack = slackStrings(renderBlocks(withSafeLinks).blocks);
        const html = unescapeHtml(renderHtml(withSafeLinks));
        for (const s of visibleStrings(withSafeLinks).map((v) => v.trim().replace(/\s+/g, ' '))) {
          if (s.length === 0 || s.length > 60) continue;
          expect(card.replace(/\s+/g, ' ')).toContain(s);
          // Slack shows evidence as inline code, where a backtick becomes an apostrophe.
          const slackFlat = slack.replace(/\s+/g, ' ');
          expect(slackFlat.includes(s) || slackFlat.includes(s.replace(/`/g, "'")), `Slack shows ${s}`).toBe(true);
          expect(html.replace(/\s+/g, ' ')).toContain(s);
        }
      }),
      { numRuns: 150 },
    );
  });
});
