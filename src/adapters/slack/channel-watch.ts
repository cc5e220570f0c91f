// Channel watch (policy `slack.watchChannels`): a message in a channel that shares a join link carrying a credential,
// or a written passcode, gets an ephemeral note to its poster only — never a public reply, and never the secret
// (the note is built here from fixed text; nothing of the message is repeated). Slack may deliver the same message
// event more than once (retries); the note is claimed per channel and message ts in the delivery store, so it goes
// out once even across restarts or replicas.
import type { App } from '@slack/bolt';
import { deliverOnce } from '../../app/deliver.js';
import type { BotMessage } from '../../domain/message.js';
import { eventId } from './conversation.js';
import { isHumanMessage } from './message-filters.js';
import { renderBlocks } from './render-blocks.js';
import { callSlack } from './slack-api-errors.js';
import type { SlackContext } from './slack-context.js';
import { slackTextToPlain } from './slack-text.js';

const WATCHED_CHANNEL_TYPES = new Set(['channel', 'group']);

export function shareJoinDetailsPrivately(): BotMessage {
  return {
    kind: 'warning',
    severity: 'high',
    title: 'Your message shares a meeting passcode',
    text:
      'The meeting details you just posted include a passcode (written out or inside the join link). ' +
      'Everyone in this channel, and anyone it is shared with later, can use it to join. ' +
      'Only you can see this note.',
    checklist: [
      'Delete the message, then post it again without the passcode (or with a join link that does not carry it).',
      'Send the passcode only to the participants: in the calendar invite or a direct message.',
      'If the meeting is sensitive, turn on the lobby or waiting room so you admit people yourself.',
    ],
  };
}

export function registerChannelWatch(app: App, ctx: SlackContext): void {
  const { deps, identity, recentEvents } = ctx;
  app.event('message', async ({ event, body, client }) => {
    if (!deps.policy.slack.watchChannels) return;
    if (!isHumanMessage(event, identity.current.botUserId)) return;
    if (!WATCHED_CHANNEL_TYPES.has(event.channel_type ?? '')) return;
    if (!recentEvents.firstSighting(eventId(body))) return;
    const { flagged } = deps.engines.checkInvite(slackTextToPlain(event.text ?? ''));
    deps.metrics.invitesChecked.inc({ source: 'slack-channel', flagged: String(flagged) });
    if (!flagged) return;
    const poster = event.user as string;
    await deliverOnce(
      { deliveries: deps.store.deliveries, logger: deps.logger, metrics: deps.metrics, clock: deps.clock },
      {
        channel: 'slack',
        target: poster,
        kind: 'channel-watch',
        dedupeKey: `slack-watch:${event.channel}:${event.ts}`,
      },
      async () => {
        const res = await callSlack(() =>
          client.chat.postEphemeral({
            channel: event.channel,
            user: poster,
            ...renderBlocks(shareJoinDetailsPrivately()),
          }),
        );
        return { messageRef: res.message_ts, attempts: 1 };
      },
    );
  });
}
