// Admin policy reminders in Teams over real HTTP: who may post, what reaches the channel, and when.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeConnector, startFakeConnector } from '../fakes/bot-connector.js';
import { ManualClock, startTestService, type TestService } from '../helpers/service.js';
import { alice, bob, botAddedToTeam, channelMention, TEAM } from '../helpers/teams-activities.js';

const cardText = (r: { body?: Record<string, unknown> }) =>
  JSON.stringify((r.body?.attachments as unknown[] | undefined)?.[0] ?? {});

function policyFile(extra = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-'));
  const file = join(dir, 'policy.yaml');
  writeFileSync(file, `admins:\n  teams: ["${alice.aadObjectId}"]\n${extra}`);
  return file;
}

describe('admin reminders in Teams', () => {
  let connector: FakeConnector;
  let service: TestService;
  const clock = new ManualClock(new Date('2026-11-30T08:30:00Z')); // a Monday

  beforeEach(async () => {
    clock.set('2026-11-30T08:30:00Z');
    connector = await startFakeConnector();
    service = await startTestService({ POLICY_FILE: policyFile() }, undefined, { clock });
    await service.post('/api/messages', botAddedToTeam(connector.url, alice));
    await connector.waitForSent(1);
  });
  afterEach(async () => {
    await service.close();
    await connector.close();
  });

  const channelPosts = () =>
    connector.sent().filter((r) => r.conversationId === TEAM.channelId && !r.activityId?.startsWith('act'));

  it('posts a reminder to the channel for an admin, and refuses a non-admin with an audit entry', async () => {
    await service.post('/api/messages', channelMention(connector.url, alice, 'remind organiser'));
    const sent = await connector.waitForSent(3);
    const texts = sent.slice(1).map(cardText).join('\n');
    expect(texts).toMatch(/Reminder posted/);
    expect(texts).toMatch(/organiser/i);

    const before = connector.sent().length;
    await service.post('/api/messages', channelMention(connector.url, bob, 'remind staff'));
    const after = await connector.waitForSent(before + 1);
    expect(after.length).toBe(before + 1);
    expect(cardText(after.at(-1)!)).toMatch(/Only admins/);
    const audit = await service.store.audit.list();
    expect(audit[0]).toMatchObject({ actor: bob.aadObjectId, action: 'remind', outcome: 'refused', platform: 'teams' });
    expect(audit[1]).toMatchObject({ actor: alice.aadObjectId, action: 'remind', outcome: 'ok' });
  });

  it('schedules, fires once per occurrence across restarts, lists and cancels', async () => {
    await service.post(
      '/api/messages',
      channelMention(connector.url, alice, 'schedule "0 9 * * MON" staff Europe/London'),
    );
    const [, confirmation] = await connector.waitForSent(2);
    const id = /Scheduled reminder (r-[0-9a-f]+)/.exec(cardText(confirmation!))?.[1];
    expect(id).toBeDefined();

    expect(await service.reminders.fireDue()).toBe(0); // 08:30 UTC, before 09:00 London (GMT)
    clock.set('2026-11-30T09:00:30Z');
    expect(await service.reminders.fireDue()).toBe(1);
    expect(await service.reminders.fireDue()).toBe(0);
    const posted = connector.sent().length;

    service = await service.restart();
    expect(await service.reminders.fireDue()).toBe(0);
    // Down for a week: the missed Monday is posted once on start (within the grace window).
    clock.set('2026-12-07T10:00:00Z');
    expect(await service.reminders.fireDue()).toBe(1);
    expect(await service.reminders.fireDue()).toBe(0);
    expect(connector.sent().length).toBe(posted + 1);

    await service.post('/api/messages', channelMention(connector.url, alice, 'reminders'));
    await service.post('/api/messages', channelMention(connector.url, alice, `cancel ${id}`));
    const replies = await connector.waitForSent(posted + 3);
    expect(cardText(replies.at(-2)!)).toContain(id!);
    expect(cardText(replies.at(-1)!)).toMatch(/cancelled/);
    clock.set('2026-12-14T09:00:30Z');
    expect(await service.reminders.fireDue()).toBe(0);
  });

  it('explains bad commands and unknown topics without posting', async () => {
    const postsBefore = channelPosts().length;
    for (const text of [
      'schedule "not a cron" staff',
      'schedule "0 9 * * MON" staff Mars/Base',
      'remind nonsense-topic',
      'cancel r-000000',
    ]) {
      const before = connector.sent().length;
      await service.post('/api/messages', channelMention(connector.url, alice, text));
      const sent = await connector.waitForSent(before + 1);
      expect(sent.length).toBe(before + 1);
      expect(cardText(sent.at(-1)!)).toMatch(/could not read|not a|Unknown|No such|time zone/i);
    }
    expect(channelPosts().length).toBe(postsBefore);
  });
});

describe('reminders from the policy file', () => {
  it('loads them at start and posts at their time (DST-aware)', async () => {
    const connector = await startFakeConnector();
    const clock = new ManualClock(new Date('2026-07-06T07:59:00Z')); // Monday in BST: 09:00 London = 08:00 UTC
    const file = policyFile(`reminders:
  - id: weekly-lobby
    cron: "0 9 * * MON"
    timezone: Europe/London
    topic: organiser
    teams: { teamId: "${TEAM.id}", channelId: "${TEAM.channelId}" }
`);
    let service = await startTestService({ POLICY_FILE: file }, undefined, { clock });
    try {
      await service.post('/api/messages', botAddedToTeam(connector.url, alice));
      await connector.waitForSent(1);
      expect(await service.reminders.fireDue()).toBe(0);
      clock.set('2026-07-06T08:00:05Z');
      expect(await service.reminders.fireDue()).toBe(1);
      const sent = await connector.waitForSent(2);
      expect(sent[1]?.conversationId).toBe(TEAM.channelId);
      expect(cardText(sent[1]!)).toMatch(/organiser/i);
      service = await service.restart();
      expect(await service.reminders.fireDue()).toBe(0);
    } finally {
      await service.close();
      await connector.close();
    }
  });
});
