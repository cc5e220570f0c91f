// Renders the shared BotMessage as an accessible HTML fragment for the local web console.
// Every string is escaped for text and attribute context; links are limited to http(s) and open with
// rel="noopener noreferrer". The console's script wires buttons: `data-prompt` sends a question back,
// `data-verb` + `data-action` (JSON of the action data) call the action.

import type { Finding, Severity } from '../../domain/findings.js';
import type { BotMessage, MessageAction } from '../../domain/message.js';

/** Same rule as the card and Slack renderers: a few suggestions, not a menu. */
const MAX_SUGGESTIONS = 5;

const SEVERITY_NAME: Record<Severity, string> = {
  info: 'Info',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

/** Escapes for both element text and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function renderHtml(message: BotMessage): string {
  const severity = message.severity;
  const classes = ['bot-message', `kind-${message.kind}`, severity ? `severity-${severity}` : ''].filter(Boolean);
  const role = message.kind === 'error' ? ' role="alert"' : '';
  const out: string[] = [`<article class="${classes.join(' ')}"${role}>`];
  out.push(`<h2>${escapeHtml(message.title)}</h2>`);
  if (severity) out.push(severityLabel(severity, 'p'));
  for (const paragraph of paragraphs(message.text ?? '')) out.push(`<p>${paragraph}</p>`);
  if (message.facts?.length) {
    out.push('<dl class="facts">');
    for (const f of message.facts) out.push(`<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`);
    out.push('</dl>');
  }
  if (message.findings?.length) {
    out.push(`<h3>Findings (${message.findings.length})</h3>`, '<ul class="findings" aria-label="Findings">');
    for (const f of message.findings) out.push(findingItem(f));
    out.push('</ul>');
  }
  if (message.checklist?.length) {
    out.push('<h3>Checklist</h3>', '<ul class="checklist" aria-label="Checklist">');
    for (const item of message.checklist) {
      out.push(`<li><label><input type="checkbox"> ${escapeHtml(item)}</label></li>`);
    }
    out.push('</ul>');
  }
  const sources = (message.sources ?? []).filter((s) => isWebUrl(s.url));
  if (sources.length > 0) {
    out.push('<h3>Sources</h3>', '<ul class="sources">');
    for (const s of sources) out.push(`<li>${link(s.url, s.title || s.url)}</li>`);
    out.push('</ul>');
  }
  const suggestions = (message.suggestions ?? []).filter((p) => p.trim().length > 0).slice(0, MAX_SUGGESTIONS);
  if (suggestions.length > 0) {
    out.push('<div class="suggestions" role="group" aria-label="Did you mean">');
    for (const prompt of suggestions) {
      out.push(
        `<button type="button" class="suggestion" data-prompt="${escapeHtml(prompt)}">${escapeHtml(prompt)}</button>`,
      );
    }
    out.push('</div>');
  }
  if (message.actions?.length) {
    out.push('<div class="actions" role="group" aria-label="Actions">');
    for (const a of message.actions) out.push(actionControl(a));
    out.push('</div>');
  }
  out.push('</article>');
  return out.join('\n');
}

function severityLabel(s: Severity, tag: 'p' | 'span'): string {
  return `<${tag} class="severity severity-${s}"><span class="visually-hidden">Severity: </span>${SEVERITY_NAME[s]}</${tag}>`;
}

function findingItem(f: Finding): string {
  return [
    `<li class="finding severity-${f.severity}" data-rule="${escapeHtml(f.rule)}">`,
    `${severityLabel(f.severity, 'span')} <strong>${escapeHtml(f.message)}</strong>`,
    `<p class="evidence">Evidence: <code>${escapeHtml(f.evidence)}</code></p>`,
    `<p class="guidance">${escapeHtml(f.guidance)}</p>`,
    '</li>',
  ].join('');
}

function actionControl(a: MessageAction): string {
  const style = a.style ? ` action-${a.style}` : '';
  if (a.url !== undefined) {
    return isWebUrl(a.url)
      ? link(a.url, a.title, `action${style}`)
      : `<span class="action action-unavailable">${escapeHtml(a.title)}</span>`;
  }
  const data = escapeHtml(JSON.stringify(a.data ?? {}));
  return `<button type="button" class="action${style}" data-verb="${escapeHtml(a.verb)}" data-action="${data}">${escapeHtml(a.title)}</button>`;
}

function link(url: string, text: string, className?: string): string {
  const cls = className ? ` class="${className}"` : '';
  return `<a${cls} href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
}

/** Blank lines separate paragraphs; single newlines become <br>. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => p.split('\n').map(escapeHtml).join('<br>'));
}

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
