// One message model, three renderers (Adaptive Card for Teams, Block Kit for Slack, HTML for the web console).
// A warning, an answer, a checklist or a reminder is built once as this plain data; adapters only render it.
// Every string in a BotMessage must already be redacted: renderers never see a credential.

import type { Finding, Severity } from './findings.js';

export type MessageKind =
  | 'answer'
  | 'decline'
  | 'checklist'
  | 'invite-check'
  | 'warning'
  | 'reminder'
  | 'help'
  | 'notice'
  | 'error';

export interface MessageSource {
  title: string;
  url: string;
}

/** A button. `verb` and `data` travel back through the platform's action payload (validated on return). */
export interface MessageAction {
  /** Action verb, e.g. `dismiss`, `snooze`, `why`, `fix-lobby`. Ignored for `url` actions. */
  verb: string;
  title: string;
  /** Opens a link instead of calling back. */
  url?: string;
  data?: Record<string, string>;
  style?: 'primary' | 'destructive';
}

export interface BotMessage {
  kind: MessageKind;
  title: string;
  /** Plain text paragraphs (no markup). */
  text?: string;
  severity?: Severity;
  findings?: Finding[];
  checklist?: string[];
  /** Extra labelled facts (e.g. meeting subject, start time, providers). */
  facts?: { label: string; value: string }[];
  /** Suggestions such as "did you mean" topics: each a short prompt the user can send back. */
  suggestions?: string[];
  sources?: MessageSource[];
  actions?: MessageAction[];
}

/** Plain-text rendering: the fallback text of cards and the CLI/console transcript. */
export function renderPlainText(message: BotMessage): string {
  const out: string[] = [message.title];
  if (message.text) out.push('', message.text);
  if (message.facts?.length) out.push('', ...message.facts.map((f) => `${f.label}: ${f.value}`));
  if (message.findings?.length) {
    out.push('');
    for (const f of message.findings) out.push(`- [${f.severity}] ${f.message} (${f.evidence})`, `  ${f.guidance}`);
  }
  if (message.checklist?.length) out.push('', ...message.checklist.map((c) => `- [ ] ${c}`));
  if (message.suggestions?.length) out.push('', `Did you mean: ${message.suggestions.join(' · ')}`);
  if (message.sources?.length) out.push('', ...message.sources.map((s) => `Source: ${s.title} <${s.url}>`));
  return out.join('\n');
}
