// Two service replicas on one PostgreSQL database share the work: each scheduled occurrence is posted once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeConnector, startFakeConnector } from '../fakes/bot-connector.js';
import { postgresDatabase, type TestDatabase } from '../helpers/databases.js';
import { ManualClock, startTestService, type TestService } from '../helpers/service.js';
import { alice, botAddedToTeam, TEAM } from '../helpers/teams-activities.js';

describe('two replicas on PostgreSQL', () => {
  let db: TestDatabase;
  let replicas: TestService[] = [];
  let connector: FakeConnector;

  afterEach(async () => {
    for (const r of replicas) await r.close();
    replicas = [];
    await connector?.close();
    await db?.drop();
  });

  it('post each scheduled reminder occurrence exactly once, and share conversation references', async () => {
    db = await postgresDatabase();
    connector = await startFakeConnector();
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    const policy = join(dir, 'policy.yaml');
    writeFileSync(
      policy,
      `reminders:\n  - id: hourly\n    cron: "0 * * * *"\n    topic: staff\n    teams: { teamId: "${TEAM.id}", channelId: "${TEAM.channelId}" }\n`,
    );
    const clock = new ManualClock(new Date('2026-11-30T08:30:00Z'));
    const env = { POLICY_FILE: policy };
    // Migrations race safely: the second replica finds them applied.
    replicas = await Promise.all([startTestService(env, db, { clock }), startTestService(env, db, { clock })]);
    const [a, b] = replicas as [TestService, TestService];

    // The bot is installed through replica A; replica B can post to the channel.
    await a.post('/api/messages', botAddedToTeam(connector.url, alice));
    await connector.waitForSent(1);

    for (const hour of ['09', '10', '11']) {
      clock.set(`2026-11-30T${hour}:00:10Z`);
      const posted = await Promise.all([a.reminders.fireDue(), b.reminders.fireDue()]);
      expect(posted[0] + posted[1]).toBe(1);
      const again = await Promise.all([a.reminders.fireDue(), b.reminders.fireDue()]);
      expect(again).toEqual([0, 0]);
    }
    const channelPosts = connector.sent().filter((r) => r.conversationId === TEAM.channelId);
    expect(channelPosts.length).toBe(1 + 3); // the welcome, then one per hour
  });
});
