// Renders the shared BotMessage as an Adaptive Card 1.5 for Teams, from the templates in adaptive-cards/.
// Untrusted strings (meeting subjects, evidence) go into RichTextBlock TextRuns, which Teams does not parse as
// markdown, so an invite cannot inject links or formatting. TextBlocks only carry our own labels.
// Size: a Teams bot message may be at most 40 KB, counted in UTF-16 (learn.microsoft.com, "Format your bot
// messages"; over it the connector answers 413 MessageSizeTooBig), so long lists are cut and the card says so.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Template } from 'adaptivecards-templating';
import type { Severity } from '../../domain/findings.js';
import type { BotMessage, MessageAction } from '../../domain/message.js';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Card JSON length budget in UTF-16 code units: 18,000 × 2 bytes = 36 KB, leaving room for the activity. */
export const CARD_MAX_CHARS = 18_000;

/** The Adaptive Cards SDK's default host config allows 5 card-level actions; Teams shows about as many. */
const MAX_CARD_ACTIONS = 5;
const MAX_SUGGESTIONS = 5;
/** Action data travels back in the invoke; we refuse to send blobs (same rule as the Slack button value). */
const MAX_ACTION_DATA_CHARS = 2000;
const MAX_URL_CHARS = 2048;

export interface AdaptiveCardAttachment {
  contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  content: Record<string, unknown>;
}

/** Renders a message as Adaptive Card 1.5 JSON, within the Teams size limit. */
export function renderAdaptiveCard(message: BotMessage): Record<string, unknown> {
  const template = loadTemplate('message.json');
  let card: Record<string, unknown> = {};
  for (const limits of SHRINK_STEPS) {
    card = template.expand({ $root: buildCardView(message, limits) }) as Record<string, unknown>;
    if (JSON.stringify(card).length <= CARD_MAX_CHARS) return card;
  }
  return card;
}

/** The Bot Framework attachment carrying the card of a message. */
export function cardAttachment(message: BotMessage): AdaptiveCardAttachment {
  return toCardAttachment(renderAdaptiveCard(message));
}

export function toCardAttachment(card: Record<string, unknown>): AdaptiveCardAttachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}

/** A small red card for failures the user should see ("I could not check that invite: …"). */
export function renderErrorCard(text: string, title = 'Something went wrong'): Record<string, unknown> {
  return loadTemplate('error.json').expand({
    $root: { title: clip(title, 200), text: clip(text || 'Unknown error.', 4000) },
  }) as Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------------------------
// View model: every field the template binds is always defined (an unbound `${x}` would stay in the card verbatim).

interface Limits {
  /** Items per list (findings, checklist, facts, sources). */
  items: number;
  /** Characters per short string (finding parts, checklist item, fact). */
  chars: number;
  /** Characters of the main text. */
  text: number;
}

/** Tried in order until the card fits CARD_MAX_CHARS. The last step is small enough for any input we accept. */
const SHRINK_STEPS: readonly Limits[] = [
  { items: 30, chars: 1500, text: 6000 },
  { items: 15, chars: 600, text: 3000 },
  { items: 8, chars: 300, text: 1500 },
  { items: 4, chars: 160, text: 600 },
  { items: 1, chars: 80, text: 200 },
];

const SEVERITY_COLOR: Record<Severity, string> = {
  critical: 'Attention',
  high: 'Attention',
  medium: 'Warning',
  low: 'Accent',
  info: 'Default',
};

const SEVERITY_CONTAINER_STYLE: Record<Severity, string> = {
  critical: 'attention',
  high: 'attention',
  medium: 'warning',
  low: 'accent',
  info: 'emphasis',
};

const severityBadge = (s: Severity): string => `Severity: ${s.toUpperCase()}`;

function buildCardView(message: BotMessage, limits: Limits): Record<string, unknown> {
  const notes: string[] = [];
  const take = <T>(list: readonly T[] | undefined, max: number, noun: string): T[] => {
    const all = list ?? [];
    if (all.length > max) notes.push(`Showing ${max} of ${all.length} ${noun}.`);
    return all.slice(0, max);
  };

  const text = clip(message.text ?? '', limits.text);
  if (text.length < (message.text ?? '').length) notes.push('The text was shortened to fit Teams.');
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => ({ text: p }));

  const allFindings = message.findings ?? [];
  const findings = take(allFindings, limits.items, 'findings').map((f) => ({
    severityBadge: severityBadge(f.severity),
    severityColor: SEVERITY_COLOR[f.severity],
    message: clip(f.message, limits.chars),
    evidence: clip(f.evidence, limits.chars),
    guidance: clip(f.guidance, limits.chars),
  }));
  const facts = take(message.facts, limits.items, 'facts').map((f) => ({
    label: clip(f.label, 80),
    value: clip(f.value, limits.chars),
  }));
  const checklist = take(message.checklist, limits.items, 'checklist items').map((c) => ({
    text: clip(c, limits.chars),
  }));
  const sources = take(
    (message.sources ?? []).filter((s) => isSafeUrl(s.url)),
    limits.items,
    'sources',
  ).map((s) => ({ title: clip(s.title || s.url, 200), url: s.url }));
  const suggestions = (message.suggestions ?? [])
    .filter((p) => p.trim().length > 0)
    .slice(0, MAX_SUGGESTIONS)
    .map((p) => ({ title: clip(p, 60), prompt: clip(p, 500) }));

  const usable = (message.actions ?? []).filter(isRenderableAction);
  if (usable.length < (message.actions ?? []).length) notes.push('Some actions are not available here.');
  const actions = take(usable, MAX_CARD_ACTIONS, 'actions');
  const executeActions = actions
    .filter((a) => !a.url)
    .map((a) => ({
      title: clip(a.title || a.verb, 60),
      verb: a.verb,
      data: { ...(a.data ?? {}) },
      // Old clients get the fallback Action.Submit: its payload is a message whose value carries the verb.
      submitData: { ...(a.data ?? {}), verb: a.verb },
      style: actionStyle(a),
    }));
  const urlActions = actions
    .filter((a) => a.url)
    .map((a) => ({ title: clip(a.title || a.verb || 'Open', 60), url: a.url }));

  const severity = message.severity;
  return {
    title: clip(message.title || 'Meeting hygiene', 200),
    hasSeverity: severity !== undefined,
    severityBadge: severity ? severityBadge(severity) : '',
    severityColor: severity ? SEVERITY_COLOR[severity] : 'Default',
    headerStyle: severity ? SEVERITY_CONTAINER_STYLE[severity] : 'default',
    paragraphs,
    hasFacts: facts.length > 0,
    facts,
    hasFindings: findings.length > 0,
    findingsHeading: `Findings (${allFindings.length})`,
    findings,
    hasChecklist: checklist.length > 0,
    checklist,
    hasSources: sources.length > 0,
    sources,
    hasSuggestions: suggestions.length > 0,
    suggestions,
    hasNotes: notes.length > 0,
    notes: notes.map((n) => ({ text: n })),
    executeActions,
    urlActions,
  };
}

function actionStyle(a: MessageAction): string {
  if (a.style === 'primary') return 'positive';
  if (a.style === 'destructive') return 'destructive';
  return 'default';
}

function isRenderableAction(a: MessageAction): boolean {
  if (a.url !== undefined) return isSafeUrl(a.url);
  return a.verb.length > 0 && JSON.stringify(a.data ?? {}).length <= MAX_ACTION_DATA_CHARS;
}

/** Only web links: no `javascript:` or other schemes from untrusted input. */
export function isSafeUrl(url: string): boolean {
  if (url.length > MAX_URL_CHARS) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Cuts to at most `max` UTF-16 units, ending with an ellipsis, never splitting a surrogate pair. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

// ---------------------------------------------------------------------------------------------------------------
// Templates live in <package root>/adaptive-cards; this file runs from src/ (vitest) or dist/ (build), so walk up.

const templates = new Map<string, Template>();

function loadTemplate(name: string): Template {
  let template = templates.get(name);
  if (!template) {
    template = new Template(JSON.parse(readFileSync(join(findCardsFolder(), name), 'utf8')));
    templates.set(name, template);
  }
  return template;
}

let cardsFolder: string | undefined;

function findCardsFolder(): string {
  if (cardsFolder) return cardsFolder;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'adaptive-cards', 'message.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('adaptive-cards/message.json not found above the Teams renderer');
    dir = parent;
  }
  cardsFolder = join(dir, 'adaptive-cards');
  return cardsFolder;
}
