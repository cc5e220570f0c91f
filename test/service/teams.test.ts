// The Teams bot over real HTTP: activities posted to /api/messages as Teams sends them, replies captured by a fake
// Bot Connector at the activities' serviceUrl.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeConnector, startFakeConnector } from '../fakes/bot-connector.js';
import { startTestService, type TestService } from '../helpers/service.js';
import {
  alice,
  bob,
  botAddedToTeam,
  cardAction,
  channelMention,
  installPersonal,
  personalMessage,
  TEAM,
  uninstallPersonal,
} from '../helpers/teams-activities.js';

const cardOf = (request: { body?: Record<string, unknown> }) => {
  const attachments = request.body?.attachments as
    | { contentType: string; content: Record<string, unknown> }[]
    | undefined;
  return attachments?.[0];
};
const cardText = (request: { body?: Record<string, unknown> }) => JSON.stringify(cardOf(request)?.content ?? {});

describe('Teams bot over HTTP', () => {
  let connector: FakeConnector;
  let service: TestService;

  beforeEach(async () => {
    connector = await startFakeConnector();
    service = await startTestService();
  });
  afterEach(async () => {
    await service.close();
    await connector.close();
  });

  it('welcomes a user on install and stores the personal conversation', async () => {
    const res = await service.post('/api/messages', installPersonal(connector.url, alice));
    expect(res.status).toBe(200);
    const [welcome] = await connector.waitForSent(1);
    expect(welcome?.conversationId).toBe(`a:1personal-${alice.aadObjectId}`);
    expect(cardOf(welcome!)?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(welcome!)).toMatch(/what I can do/i);
    expect(await service.store.conversations.get(`user:${alice.aadObjectId}`)).toMatchObject({
      kind: 'personal',
      userId: alice.id,
    });
  });

  it('answers a question in personal chat with an Adaptive Card 1.5', async () => {
    await service.post(
      '/api/messages',
      personalMessage(connector.url, alice, 'how do I stop uninvited people joining my meeting?'),
    );
    const [reply] = await connector.waitForSent(1);
    const card = cardOf(reply!)?.content as { version?: string; type?: string };
    expect(card.type).toBe('AdaptiveCard');
    expect(card.version).toBe('1.5');
    expect(cardText(reply!)).toMatch(/lobby/i);
  });

  it('sends checklists and help', async () => {
    await service.post('/api/messages', personalMessage(connector.url, alice, 'checklist organiser'));
    await service.post('/api/messages', personalMessage(connector.url, alice, 'help'));
    const [checklist, help] = await connector.waitForSent(2);
    expect(cardText(checklist!)).toMatch(/organiser/i);
    expect(cardText(help!)).toMatch(/checklist staff/i);
  });

  it('checks a pasted invite without repeating the passcode', async () => {
    const invite = [
      'Quarterly review',
      'Join Zoom Meeting',
      'https://us02web.zoom.us/j/84712345678?pwd=Qm9zZ0ZpcnN0VGVzdDEy.1',
      'Meeting ID: 847 1234 5678',
      'Passcode: 5jR2wq',
    ].join('\n');
    await service.post('/api/messages', personalMessage(connector.url, alice, invite));
    const [reply] = await connector.waitForSent(1);
    const text = cardText(reply!);
    expect(text).toMatch(/passcode/i);
    expect(text).not.toContain('5jR2wq');
    expect(text).not.toContain('Qm9zZ0ZpcnN0VGVzdDEy');
    expect(service.logLines.join('\n')).not.toContain('5jR2wq');
  });

  it('answers in a channel when @mentioned, and remembers the channel', async () => {
    await service.post('/api/messages', botAddedToTeam(connector.url, bob));
    await service.post('/api/messages', channelMention(connector.url, bob, 'checklist admin'));
    const sent = await connector.waitForSent(2);
    expect(cardText(sent[1]!)).toMatch(/admin/i);
    expect(await service.store.conversations.get(`channel:${TEAM.id}:${TEAM.channelId}`)).toMatchObject({
      kind: 'channel',
    });
  });

  it('answers card actions with an updated card, and bad actions with an error card (never a 500)', async () => {
    const snooze = await service.post(
      '/api/messages',
      cardAction(connector.url, alice, 'snooze', { warning: 'evt:aad-alice-0001:AAMk1' }),
    );
    expect(snooze.status).toBe(200);
    expect(snooze.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(JSON.stringify(snooze.body)).toMatch(/snoozed/i);
    expect(await service.store.decisions.get('evt:aad-alice-0001:AAMk1')).toMatchObject({
      decision: 'snoozed',
      actor: alice.aadObjectId,
    });

    const dismiss = await service.post(
      '/api/messages',
      cardAction(connector.url, alice, 'dismiss', { warning: 'evt:aad-alice-0001:AAMk1' }),
    );
    expect(JSON.stringify(dismiss.body)).toMatch(/not an issue/i);
    expect(await service.store.decisions.get('evt:aad-alice-0001:AAMk1')).toMatchObject({ decision: 'dismissed' });

    const why = await service.post('/api/messages', cardAction(connector.url, alice, 'why', { rule: 'lobby-open' }));
    expect(JSON.stringify(why.body)).toMatch(/lobby/i);

    for (const [verb, data] of [
      ['explode', {}],
      ['snooze', { warning: 'has spaces and ; drop table' }],
      ['why', null],
      [42, 'junk'],
    ] as const) {
      const res = await service.post('/api/messages', cardAction(connector.url, alice, verb, data));
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).toMatch(/did not work|unknown action|invalid/i);
    }
  });

  it('refuses malformed activities with 4xx and keeps serving', async () => {
    for (const body of ['{not json', '[]', '{}', JSON.stringify({ type: 'message' }), JSON.stringify({ type: 7 })]) {
      const res = await service.post('/api/messages', body);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    expect((await service.get('/healthz')).status).toBe(200);
  });

  it('welcomes once when Teams announces one installation twice', async () => {
    await service.post('/api/messages', installPersonal(connector.url, alice));
    const added = {
      ...installPersonal(connector.url, alice),
      type: 'conversationUpdate',
      action: undefined,
      membersAdded: [{ id: '28:00000000-0000-0000-0000-0000000000b0' }],
    };
    await service.post('/api/messages', added);
    await connector.waitForSent(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(connector.sent()).toHaveLength(1);
  });

  it('forgets the conversation on uninstall', async () => {
    await service.post('/api/messages', installPersonal(connector.url, alice));
    await service.post('/api/messages', uninstallPersonal(connector.url, alice));
    expect(await service.store.conversations.get(`user:${alice.aadObjectId}`)).toBeUndefined();
  });

  it('messages a user proactively, also after a restart, retrying on 429', async () => {
    await service.post('/api/messages', installPersonal(connector.url, alice));
    await connector.waitForSent(1);
    service = await service.restart();
    const before = connector.requests.length;
    connector.failNext(2, 429, { 'retry-after': '0' });
    await service.teams.sendToUser(alice.aadObjectId, { kind: 'warning', title: 'Your meeting leaves the lobby open' });
    // Two throttled attempts, then the one that went through (botbuilder's and our retries together).
    expect(connector.requests.length - before).toBe(3);
    const sent = connector.sent();
    expect(sent.at(-1)?.conversationId).toBe(`a:1personal-${alice.aadObjectId}`);
    expect(cardText(sent.at(-1)!)).toMatch(/lobby open/);
  });

  it('creates a 1:1 conversation for a user the bot has not talked to yet', async () => {
    await service.post('/api/messages', installPersonal(connector.url, alice));
    await connector.waitForSent(1);
    await service.teams.sendToUser(bob.aadObjectId, { kind: 'warning', title: 'Passcode in invite' });
    const create = connector.requests.find((r) => r.method === 'POST' && r.path === '/v3/conversations');
    expect(create?.body).toMatchObject({
      isGroup: false,
      tenantId: expect.any(String),
      members: [{ aadObjectId: bob.aadObjectId }],
    });
    const [, proactive] = await connector.waitForSent(2);
    expect(proactive?.conversationId).toMatch(/^a:new-conversation-/);
    expect(await service.store.conversations.get(`user:${bob.aadObjectId}`)).toBeDefined();
  });

  it('posts to a team channel proactively', async () => {
    await service.post('/api/messages', botAddedToTeam(connector.url, bob));
    await connector.waitForSent(1);
    await service.teams.sendToChannel(TEAM.id, TEAM.channelId, {
      kind: 'reminder',
      title: 'Use the lobby for external guests',
    });
    const sent = await connector.waitForSent(2);
    expect(sent[1]?.conversationId).toBe(TEAM.channelId);
  });

  it('reports a refused proactive send as a failure instead of a success', async () => {
    await service.post('/api/messages', installPersonal(connector.url, alice));
    await connector.waitForSent(1);
    connector.failNext(1, 403);
    await expect(service.teams.sendToUser(alice.aadObjectId, { kind: 'warning', title: 'Blocked' })).rejects.toThrow(
      /403/,
    );
  });
});

describe('Teams with Bot Framework credentials', () => {
  it('refuses activities without a valid Bot Framework token (401) and sends nothing', async () => {
    const connector = await startFakeConnector();
    const service = await startTestService({
      MicrosoftAppId: '00000000-0000-0000-0000-0000000000b0',
      MicrosoftAppPassword: 'not-a-real-secret-value',
      MicrosoftAppType: 'MultiTenant',
    });
    try {
      const none = await service.post('/api/messages', personalMessage(connector.url, alice, 'help'));
      expect(none.status).toBe(401);
      const forged = await service.post('/api/messages', personalMessage(connector.url, alice, 'help'), {
        authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJtZSJ9.',
      });
      expect(forged.status).toBe(401);
      expect(connector.requests).toHaveLength(0);
      expect(service.logLines.join('\n')).not.toContain('not-a-real-secret-value');
    } finally {
      await service.close();
      await connector.close();
    }
  });
});
