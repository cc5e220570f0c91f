// Talking with people: direct messages (`message.im`) and @mentions (`app_mention`) get the same chat as the slash
// command. DMs are answered in the DM; mentions in the thread of the mention, except a pasted invite, whose report
// goes to the poster only (a check report about a meeting is for its owner, not the whole channel).
import type { App } from '@slack/bolt';
import { respond as chatReply } from '../../app/chat.js';
import { isHumanMessage } from './message-filters.js';
import { renderBlocks } from './render-blocks.js';
import type { SlackContext } from './slack-context.js';
import { slackTextToPlain, stripBotMentions } from './slack-text.js';

export function registerConversation(app: App, ctx: SlackContext): void {
  const { deps, identity, recentEvents } = ctx;

  app.event('message', async ({ event, body, client }) => {
    const botUserId = identity.current.botUserId;
    if (!isHumanMessage(event, botUserId) || event.channel_type !== 'im') return;
    if (!recentEvents.firstSighting(eventId(body))) return;
    const reply = chatReply(deps.engines, slackTextToPlain(stripBotMentions(event.text ?? '', botUserId)), 'slack');
    deps.metrics.botMessages.inc({ platform: 'slack', intent: reply.intent });
    await client.chat.postMessage({ channel: event.channel, ...renderBlocks(reply.message) });
  });

  app.event('app_mention', async ({ event, body, client }) => {
    const botUserId = identity.current.botUserId;
    if (event.bot_id || !event.user || (botUserId && event.user === botUserId)) return;
    if (event.subtype !== undefined) return;
    if (!recentEvents.firstSighting(eventId(body))) return;
    const text = slackTextToPlain(stripBotMentions(event.text ?? '', botUserId));
    const reply = chatReply(deps.engines, text, 'slack');
    deps.metrics.botMessages.inc({ platform: 'slack', intent: reply.intent });
    const rendered = renderBlocks(reply.message);
    if (reply.intent === 'check') {
      await client.chat.postEphemeral({ channel: event.channel, user: event.user, ...rendered });
      return;
    }
    await client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts ?? event.ts, ...rendered });
  });
}

export const eventId = (body: unknown): string | undefined => {
  const id = (body as { event_id?: unknown } | undefined)?.event_id;
  return typeof id === 'string' ? id : undefined;
};
