// Which message events are a person talking. Edits, deletions, joins and other subtypes are not
// (https://api.slack.com/events/message#subtypes); neither is anything a bot (including this one) posted.

/** The fields of a Slack `message` event these filters read. */
export interface SlackMessageEvent {
  type: 'message';
  subtype?: string;
  channel: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
}

/** Subtypes that are still a person's own new message. */
const HUMAN_SUBTYPES = new Set(['file_share', 'thread_broadcast']);

export function isHumanMessage(event: unknown, botUserId?: string): event is SlackMessageEvent {
  const e = event as Partial<SlackMessageEvent> | undefined;
  if (e?.type !== 'message' || typeof e.channel !== 'string' || typeof e.ts !== 'string') return false;
  if (e.subtype !== undefined && !HUMAN_SUBTYPES.has(e.subtype)) return false;
  if (e.bot_id || typeof e.user !== 'string' || e.user === '') return false;
  if (botUserId && e.user === botUserId) return false;
  return typeof e.text === 'string' && e.text.trim() !== '';
}
