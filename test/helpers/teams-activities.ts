// Bot Framework activities shaped exactly as Teams sends them (channelId msteams, 29: user ids, aadObjectId,
// channelData.tenant, conversationType), for posting to /api/messages.
import { randomUUID } from 'node:crypto';

export const TENANT = '72f988bf-0000-4000-8000-000000000001';
export const BOT = { id: '28:00000000-0000-0000-0000-0000000000b0', name: 'Meeting hygiene' };

export interface TeamsUser {
  id: string;
  aadObjectId: string;
  name: string;
}

export const alice: TeamsUser = { id: '29:1alice-mri', aadObjectId: 'aad-alice-0001', name: 'Alice Example' };
export const bob: TeamsUser = { id: '29:1bob-mri', aadObjectId: 'aad-bob-0002', name: 'Bob Example' };

const personalConversation = (user: TeamsUser) => ({
  id: `a:1personal-${user.aadObjectId}`,
  conversationType: 'personal',
  tenantId: TENANT,
});

const base = (serviceUrl: string, user: TeamsUser) => ({
  id: randomUUID(),
  channelId: 'msteams',
  serviceUrl,
  timestamp: new Date().toISOString(),
  from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
  recipient: BOT,
  locale: 'en-GB',
});

export function personalMessage(serviceUrl: string, user: TeamsUser, text: string) {
  return {
    ...base(serviceUrl, user),
    type: 'message',
    text,
    textFormat: 'plain',
    conversation: personalConversation(user),
    channelData: { tenant: { id: TENANT } },
  };
}

export function installPersonal(serviceUrl: string, user: TeamsUser) {
  return {
    ...base(serviceUrl, user),
    type: 'installationUpdate',
    action: 'add',
    conversation: personalConversation(user),
    channelData: { tenant: { id: TENANT }, source: { name: 'message' } },
  };
}

export function uninstallPersonal(serviceUrl: string, user: TeamsUser) {
  return { ...installPersonal(serviceUrl, user), action: 'remove' };
}

export const TEAM = { id: '19:team-general@thread.tacv2', channelId: '19:channel-1@thread.tacv2' };

export function channelMention(serviceUrl: string, user: TeamsUser, text: string) {
  const mentionText = `<at>${BOT.name}</at>`;
  return {
    ...base(serviceUrl, user),
    type: 'message',
    text: `${mentionText} ${text}`,
    conversation: {
      id: `${TEAM.channelId};messageid=1700000000000`,
      conversationType: 'channel',
      isGroup: true,
      tenantId: TENANT,
    },
    entities: [{ type: 'mention', text: mentionText, mentioned: BOT }],
    channelData: {
      tenant: { id: TENANT },
      team: { id: TEAM.id, name: 'Security' },
      channel: { id: TEAM.channelId, name: 'General' },
      teamsTeamId: TEAM.id,
      teamsChannelId: TEAM.channelId,
    },
  };
}

export function botAddedToTeam(serviceUrl: string, user: TeamsUser) {
  return {
    ...base(serviceUrl, user),
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT.id }],
    conversation: { id: TEAM.channelId, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: {
      tenant: { id: TENANT },
      team: { id: TEAM.id },
      channel: { id: TEAM.channelId },
      eventType: 'teamMemberAdded',
    },
  };
}

export function cardAction(serviceUrl: string, user: TeamsUser, verb: unknown, data: unknown) {
  return {
    ...base(serviceUrl, user),
    type: 'invoke',
    name: 'adaptiveCard/action',
    conversation: personalConversation(user),
    channelData: { tenant: { id: TENANT } },
    value: { action: { type: 'Action.Execute', id: 'a1', verb, data }, trigger: 'manual' },
  };
}
