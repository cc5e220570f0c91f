// Admin policy reminders in Slack over real HTTP: /hygiene remind|schedule|reminders|cancel, signed as Slack signs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeSlackApi, startFakeSlackApi } from '../fakes/slack-api.js';
import { ManualClock, startTestService, type TestService } from '../helpers/service.js';
import { type SlackPoster, slackPoster } from '../helpers/slack-signing.js';

const SECRET = 'reminders-signing-secret-1';
const ADMIN = 'U0ADMIN01';
const OTHER = 'U0OTHER01';

describe('admin reminders in Slack', () => {
  let api: FakeSlackApi;
  let service: TestService;
  let slack: SlackPoster;
  const clock = new ManualClock(new Date('2026-11-30T08:00:00Z'));

  beforeEach(async () => {
    clock.set('2026-11-30T08:00:00Z');
    api = await startFakeSlackApi();
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    writeFileSync(join(dir, 'policy.yaml'), `admins:\n  slack: ["${ADMIN}"]\n`);
    service = await startTestService(
      {
        SLACK_BOT_TOKEN: 'xoxb-reminders-1',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: api.apiUrl,
        POLICY_FILE: join(dir, 'policy.yaml'),
      },
      undefined,
      { clock },
    );
    slack = slackPoster(service.url, SECRET, { responseUrl: api.responseUrl() });
    await api.waitFor('auth.test');
  });
  afterEach(async () => {
    await service.close();
    await api.close();
  });

  const replies = () => api.calls('response_url').map((r) => JSON.stringify(r.body));
  const posts = () => api.calls('chat.postMessage');

  it('posts a reminder to the named channel for an admin; refuses others and audits both', async () => {
    await slack.command('remind <#C0GENERAL1|general> organiser', { user_id: ADMIN });
    await api.waitFor('response_url');
    expect(replies()[0]).toMatch(/Reminder posted/);
    const [post] = await api.waitFor('chat.postMessage');
    expect(post?.body.channel).toBe('C0GENERAL1');
    expect(JSON.stringify(post?.body.blocks)).toMatch(/organiser/i);

    await slack.command('remind <#C0GENERAL1|general> staff', { user_id: OTHER });
    await api.waitFor('response_url', 2);
    expect(replies()[1]).toMatch(/Only admins/);
    await api.settle();
    expect(posts().length).toBe(1);
    const audit = await service.store.audit.list();
    expect(audit.map((a) => [a.actor, a.outcome])).toEqual([
      [OTHER, 'refused'],
      [ADMIN, 'ok'],
    ]);
  });

  it('schedules for a channel, fires once per occurrence, lists and cancels', async () => {
    await slack.command('schedule <#C0GENERAL1|general> "30 9 * * *" staff Europe/London', { user_id: ADMIN });
    await api.waitFor('response_url');
    const id = /Scheduled reminder (r-[0-9a-f]+)/.exec(replies()[0] ?? '')?.[1];
    expect(id).toBeDefined();
    expect(await service.reminders.fireDue()).toBe(0);
    clock.set('2026-11-30T09:30:01Z');
    expect(await service.reminders.fireDue()).toBe(1);
    expect(await service.reminders.fireDue()).toBe(0);
    const [post] = await api.waitFor('chat.postMessage');
    expect(post?.body.channel).toBe('C0GENERAL1');

    await slack.command('reminders', { user_id: ADMIN });
    await api.waitFor('response_url', 2);
    expect(replies()[1]).toContain(id!);
    await slack.command(`cancel ${id}`, { user_id: ADMIN });
    await api.waitFor('response_url', 3);
    expect(replies()[2]).toMatch(/cancelled/);
    clock.set('2026-12-01T09:30:01Z');
    expect(await service.reminders.fireDue()).toBe(0);
  });
});
