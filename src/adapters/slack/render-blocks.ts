// Renders the shared BotMessage as Slack Block Kit, within Slack's limits (docs.slack.dev/reference/block-kit):
// ≤50 blocks per message, header plain_text ≤150, section text ≤3000, section fields ≤10 × ≤2000, context
// elements ≤10, actions elements ≤25, button text ≤75, button value ≤2000, button url ≤3000, action_id ≤255 and
// unique within its block. Slack also rejects messages whose blocks carry too much text in total
// (`msg_blocks_too_long`, reported near 13k characters: slackapi/bolt-js#2509), so the body keeps a total budget.
// Untrusted text is escaped for mrkdwn (`&`, `<`, `>`: https://api.slack.com/reference/surfaces/formatting#escaping),
// which also keeps invites from smuggling `<!channel>` or `<url|label>` links into a message.

import type { Finding, Severity } from '../../domain/findings.js';
import { type BotMessage, type MessageAction, renderPlainText } from '../../domain/message.js';

export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  actionId: 255,
  /** Our own budget for the text of all blocks together (see msg_blocks_too_long above). */
  totalText: 12_000,
  /** Fallback `text`: Slack truncates long messages; notifications need far less. */
  fallbackText: 4000,
} as const;

/** action_id of suggestion buttons; the value is `{"question": "<prompt>"}`. */
export const SUGGESTION_ACTION_ID = 'ask';

export type SlackBlock = Record<string, unknown>;

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

const MAX_SUGGESTIONS = 5;

const SEVERITY_ICON: Record<Severity, string> = {
  critical: ':red_circle:',
  high: ':large_orange_circle:',
  medium: ':large_yellow_circle:',
  low: ':large_blue_circle:',
  info: ':white_circle:',
};

/**
 * Renders a message as Block Kit. Buttons: `action_id` = the action's verb (a repeated verb in the same block gets
 * `verb:2`, `verb:3`, …), `value` = JSON of its data. Suggestions are buttons with action_id `ask` (`ask:2`, …).
 */
export function renderBlocks(message: BotMessage): SlackMessage {
  const head = headBlocks(message);
  const tail: SlackBlock[] = [];
  const dropped: string[] = [];

  const sources = sourcesBlock(message);
  if (sources) tail.push(sources);
  const suggestions = suggestionsBlock(message.suggestions ?? []);
  if (suggestions) tail.push(suggestions);
  const actions = actionsBlock(message.actions ?? [], dropped);
  if (actions) tail.push(actions);

  // Body blocks go in order until the block count or the text budget runs out; what is left is counted.
  const room = SLACK_LIMITS.blocks - head.length - tail.length - 1;
  let budget = SLACK_LIMITS.totalText - textLength(head) - textLength(tail);
  const body: SlackBlock[] = [];
  const omitted = new Map<string, number>();
  for (const part of bodyParts(message)) {
    const size = textLength([part.block]);
    if (body.length < room && size <= budget && omitted.size === 0) {
      body.push(part.block);
      budget -= size;
    } else {
      omitted.set(part.noun, (omitted.get(part.noun) ?? 0) + part.count);
    }
  }
  for (const [noun, count] of omitted) dropped.push(count > 0 ? `${count} ${noun}` : noun);

  const blocks = [...head, ...body];
  if (dropped.length > 0) blocks.push(noteBlock(`Shortened to fit Slack; not shown: ${dropped.join(', ')}.`));
  blocks.push(...tail);
  return { text: fallbackText(message), blocks };
}

/** Escapes the three characters Slack's mrkdwn (and plain `text`) treats as control characters. */
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// ---------------------------------------------------------------------------------------------------------------

interface BodyPart {
  block: SlackBlock;
  /** What is lost when this block is dropped, e.g. 3 "checklist items". */
  noun: string;
  count: number;
}

function headBlocks(message: BotMessage): SlackBlock[] {
  const title = (message.title || 'Meeting hygiene').replace(/\s+/g, ' ').trim() || 'Meeting hygiene';
  const blocks: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(title, SLACK_LIMITS.headerText), emoji: true } },
  ];
  if (message.severity) blocks.push(contextBlock([severityLabel(message.severity)]));
  return blocks;
}

function* bodyParts(message: BotMessage): Generator<BodyPart> {
  for (const chunk of chunkLines((message.text ?? '').split('\n').map(escapeMrkdwn), SLACK_LIMITS.sectionText)) {
    if (chunk.text.trim()) yield { block: section(chunk.text), noun: 'part of the text', count: 0 };
  }

  const facts = (message.facts ?? []).map(
    (f) =>
      `*${clipEscaped(escapeMrkdwn(f.label), 200)}*\n${clipEscaped(escapeMrkdwn(f.value), SLACK_LIMITS.fieldText - 210)}`,
  );
  for (let i = 0; i < facts.length; i += SLACK_LIMITS.sectionFields) {
    const fields = facts.slice(i, i + SLACK_LIMITS.sectionFields);
    yield { block: { type: 'section', fields: fields.map(mrkdwn) }, noun: 'facts', count: fields.length };
  }

  const findings = message.findings ?? [];
  if (findings.length > 0) {
    yield { block: { type: 'divider' }, noun: 'findings', count: 0 };
    yield { block: section(`*Findings (${findings.length})*`), noun: 'findings', count: 0 };
  }
  for (const f of findings) yield { block: section(findingText(f)), noun: 'findings', count: 1 };

  const checklist = (message.checklist ?? []).map((c) => `• ${escapeMrkdwn(c)}`);
  if (checklist.length > 0) yield { block: section('*Checklist*'), noun: 'checklist items', count: 0 };
  for (const chunk of chunkLines(checklist, SLACK_LIMITS.sectionText)) {
    yield { block: section(chunk.text), noun: 'checklist items', count: chunk.lines };
  }
}

function findingText(f: Finding): string {
  // Evidence is shown as inline code; a backtick inside it would end the code span early.
  const evidence = escapeMrkdwn(f.evidence.replace(/`/g, "'").replace(/\n+/g, ' '));
  const parts = [
    `${severityLabel(f.severity)} *${clipEscaped(escapeMrkdwn(f.message), 800)}*`,
    `Evidence: \`${clipEscaped(evidence, 600)}\``,
    clipEscaped(escapeMrkdwn(f.guidance), 1400),
  ];
  return parts.join('\n');
}

function sourcesBlock(message: BotMessage): SlackBlock | undefined {
  const sources = (message.sources ?? []).filter((s) => isSlackLinkUrl(s.url)).slice(0, SLACK_LIMITS.contextElements);
  if (sources.length === 0) return undefined;
  // Link syntax <url|label>: `|` and `>` end the URL part, so they are percent-encoded there.
  const links = sources.map(
    (s) => `Source: <${escapeMrkdwn(s.url.replace(/\|/g, '%7C'))}|${clipEscaped(escapeMrkdwn(s.title || s.url), 300)}>`,
  );
  return contextBlock(links);
}

function suggestionsBlock(prompts: readonly string[]): SlackBlock | undefined {
  const ids = uniqueIds();
  const buttons = prompts
    .filter((p) => p.trim().length > 0)
    .slice(0, MAX_SUGGESTIONS)
    .map((prompt) => ({
      type: 'button',
      text: { type: 'plain_text', text: clip(prompt, SLACK_LIMITS.buttonText), emoji: true },
      action_id: ids(SUGGESTION_ACTION_ID),
      value: clip(JSON.stringify({ question: clip(prompt, 1000) }), SLACK_LIMITS.buttonValue),
    }));
  return buttons.length > 0 ? { type: 'actions', elements: buttons } : undefined;
}

function actionsBlock(actions: readonly MessageAction[], dropped: string[]): SlackBlock | undefined {
  const ids = uniqueIds();
  const buttons: SlackBlock[] = [];
  let unusable = 0;
  for (const a of actions) {
    const value = JSON.stringify(a.data ?? {});
    const linkOk = a.url === undefined || isSlackLinkUrl(a.url);
    if (!linkOk || value.length > SLACK_LIMITS.buttonValue || (!a.url && !a.verb)) {
      unusable++;
      continue;
    }
    if (buttons.length === SLACK_LIMITS.actionsElements) {
      unusable++;
      continue;
    }
    const button: SlackBlock = {
      type: 'button',
      text: { type: 'plain_text', text: clip(a.title || a.verb, SLACK_LIMITS.buttonText), emoji: true },
      action_id: ids(clip(a.verb || 'link', SLACK_LIMITS.actionId - 4)),
      value,
    };
    if (a.url) button.url = a.url;
    if (a.style === 'primary') button.style = 'primary';
    if (a.style === 'destructive') button.style = 'danger';
    buttons.push(button);
  }
  if (unusable > 0) dropped.push(`${unusable} action${unusable === 1 ? '' : 's'}`);
  return buttons.length > 0 ? { type: 'actions', elements: buttons } : undefined;
}

function fallbackText(message: BotMessage): string {
  return clipEscaped(escapeMrkdwn(renderPlainText(message)), SLACK_LIMITS.fallbackText);
}

// ---------------------------------------------------------------------------------------------------------------

const severityLabel = (s: Severity): string => `${SEVERITY_ICON[s]} *${s.toUpperCase()}*`;

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text, verbatim: true });

const section = (text: string): SlackBlock => ({
  type: 'section',
  text: mrkdwn(clipEscaped(text, SLACK_LIMITS.sectionText)),
});

const contextBlock = (texts: readonly string[]): SlackBlock => ({
  type: 'context',
  elements: texts.slice(0, SLACK_LIMITS.contextElements).map(mrkdwn),
});

const noteBlock = (text: string): SlackBlock => contextBlock([`:scissors: ${escapeMrkdwn(text)}`]);

/** action_ids must be unique within a block: the second `snooze` becomes `snooze:2`. */
function uniqueIds(): (id: string) => string {
  const seen = new Map<string, number>();
  return (id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}:${n}`;
  };
}

/** Packs lines into chunks of at most `max` characters; a single over-long line is cut. */
function chunkLines(lines: readonly string[], max: number): { text: string; lines: number }[] {
  const chunks: { text: string; lines: number }[] = [];
  let current: string[] = [];
  let size = 0;
  for (const raw of lines) {
    const line = clipEscaped(raw, max);
    if (current.length > 0 && size + 1 + line.length > max) {
      chunks.push({ text: current.join('\n'), lines: current.length });
      current = [];
      size = 0;
    }
    size += (current.length > 0 ? 1 : 0) + line.length;
    current.push(line);
  }
  if (current.length > 0) chunks.push({ text: current.join('\n'), lines: current.length });
  return chunks;
}

function isSlackLinkUrl(url: string): boolean {
  if (url.length > SLACK_LIMITS.buttonUrl || /[<>\s]/.test(url)) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Text length of blocks, as Slack counts it for msg_blocks_too_long (roughly: every text field). */
function textLength(blocks: readonly SlackBlock[]): number {
  let n = 0;
  const visit = (v: unknown): void => {
    if (typeof v === 'string') n += v.length;
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) if (k === 'text' || k === 'fields' || k === 'elements') visit(child);
    }
  };
  blocks.forEach(visit);
  return n;
}

/** Cuts plain text to `max` UTF-16 units with an ellipsis, never splitting a surrogate pair. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Like clip, for escaped mrkdwn: never leaves half an entity (`&am…`) at the cut. */
function clipEscaped(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, Math.max(0, max - 1));
  cut = cut.replace(/&[a-z]{0,3}$/, '');
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
