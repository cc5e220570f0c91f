// "Check an invite" in the console: the same auto-detection as `hygiene check` (Graph JSON, .ics, HTML, text), the
// engine's redacted reports, and one rendered message per invite. Only `report` ever leaves this function.
import { inviteReportMessage } from '../../app/invite-message.js';
import type { InviteReport } from '../../domain/findings.js';
import { analyseInvite, detectInputs } from '../../domain/invite/index.js';
import type { BotMessage } from '../../domain/message.js';
import { renderHtml } from './render-html.js';

export interface ConsoleCheckResult {
  items: InviteReport[];
  messages: BotMessage[];
  html: string;
}

/** Throws the engine's InputError on unreadable input (invalid JSON); the router answers 400. */
export function checkPastedInvites(text: string): ConsoleCheckResult {
  const items = detectInputs(text).map(({ input, context }) => analyseInvite(input, context).report);
  const messages = items.map(inviteReportMessage);
  return { items, messages, html: messages.map(renderHtml).join('\n') };
}
