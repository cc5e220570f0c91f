// Where the bot can reach someone again: conversation references from incoming Teams activities.
// Personal chats are keyed by the user's aadObjectId (which equals their Graph user id), team channels by team and
// channel. A reply in a channel thread carries `;messageid=…` in its conversation id; proactive posts go to the
// channel root, so the stored reference uses the bare channel id.
import { type Activity, type ConversationReference, TurnContext } from 'botbuilder';
import type { StoredConversation } from '../../app/ports.js';

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string };
  channel?: { id?: string };
}

export const userKey = (aadObjectId: string) => `user:${aadObjectId}`;
export const channelKey = (teamId: string, channelId: string) => `channel:${teamId}:${channelId}`;

export function conversationFromActivity(activity: Partial<Activity>, now: Date): StoredConversation | undefined {
  if (!activity.serviceUrl || !activity.conversation?.id) return undefined;
  const reference = TurnContext.getConversationReference(activity) as ConversationReference;
  const data = (activity.channelData ?? {}) as TeamsChannelData;
  const tenantId = data.tenant?.id ?? activity.conversation.tenantId;
  const type = activity.conversation.conversationType;
  const base = { serviceUrl: activity.serviceUrl, tenantId, updatedAt: now.toISOString() };
  if (type === 'personal' || (!type && !activity.conversation.isGroup)) {
    const aad = activity.from?.aadObjectId;
    // Keep the whole reference but drop the triggering activity id: proactive sends are new messages.
    const ref = { ...reference, activityId: undefined };
    return aad
      ? { ...base, key: userKey(aad), kind: 'personal', aadObjectId: aad, userId: activity.from?.id, reference: ref }
      : {
          ...base,
          key: `chat:${activity.conversation.id}`,
          kind: 'personal',
          userId: activity.from?.id,
          reference: ref,
        };
  }
  const teamId = data.team?.id;
  const channelId = data.channel?.id;
  if (type === 'channel' && teamId && channelId) {
    const ref = { ...reference, activityId: undefined, conversation: { ...reference.conversation, id: channelId } };
    return { ...base, key: channelKey(teamId, channelId), kind: 'channel', teamId, channelId, reference: ref };
  }
  return {
    ...base,
    key: `chat:${activity.conversation.id}`,
    kind: 'groupChat',
    reference: { ...reference, activityId: undefined },
  };
}

/** The key of the conversation an activity belongs to (to forget it on uninstall). */
export function conversationKeyOf(activity: Partial<Activity>): string | undefined {
  return conversationFromActivity(activity, new Date(0))?.key;
}
