// Admin commands from /hygiene reach the AdminCommands port with the channel parsed, over the real Bolt handler.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackIntegration } from '../../../src/adapters/slack/integration.js';
import { openStore, type SqlStore } from '../../../src/adapters/store/sql-store.js';
import type { TeamsNotifier } from '../../../src/adapters/teams/notifier.js';
import type { AdminCommand } from '../../../src/app/admin.js';
import { createChatEngines } from '../../../src/app/engines.js';
import { systemClock } from '../../../src/app/ports.js';
import { readConfig } from '../../../src/config.js';
import { defaultPolicy } from '../../../src/domain/policy/schema.js';
import type { SlackIntegration } from '../../../src/integrations.js';
import { createLogger, SecretRedactor } from '../../../src/observability/logger.js';
import { createMetrics } from '../../../src/observability/metrics.js';
import { type FakeSlackApi, startFakeSlackApi } from '../../fakes/slack-api.js';
import { sqliteDatabase } from '../../helpers/databases.js';
import { slackPoster } from '../../helpers/slack-signing.js';

const SECRET = 'admin-test-signing-secret';

describe('/hygiene admin commands', () => {
  let api: FakeSlackApi;
  let store: SqlStore;
  let server: Server;
  let slack: SlackIntegration;
  let received: AdminCommand[];
  let failNext = false;

  beforeEach(async () => {
    received = [];
    api = await startFakeSlackApi();
    store = await openStore(sqliteDatabase().url);
    const engines = createChatEngines();
    const config = readConfig({
      SLACK_BOT_TOKEN: 'xoxb-admin-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: api.apiUrl,
    });
    slack = await createSlackIntegration({
      config,
      policy: defaultPolicy(),
      store,
      engines,
      cardActions: { engines, decisions: store.decisions, clock: systemClock },
      clock: systemClock,
      logger: createLogger({ level: 'silent', destination: new Writable({ write: (_c, _e, done) => done() }) }),
      metrics: createMetrics(),
      redactor: new SecretRedactor(),
      teams: {} as TeamsNotifier,
      retry: { retries: 0 },
      admin: {
        async handle(command) {
          if (failNext) throw new Error('boom');
          received.push(command);
          return { kind: 'notice', title: `Done: ${command.command}`, text: `args=${command.args}` };
        },
      },
    });
    const app = express();
    app.post('/slack/events', slack.requestHandler!);
    server = createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  afterEach(async () => {
    failNext = false;
    await slack.stop();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await store.close();
    await api.close();
  });

  const poster = () =>
    slackPoster(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, SECRET, {
      responseUrl: api.responseUrl(),
    });

  it('passes schedule with the channel id, the caller and the rest of the line, and answers ephemerally', async () => {
    const res = await poster().command('schedule <#C0123ABCD|general> "0 9 * * MON" organiser Europe/London');
    expect(res.status).toBe(200);
    const [reply] = await api.waitFor('response_url');
    expect(received).toEqual([
      {
        platform: 'slack',
        command: 'schedule',
        args: '"0 9 * * MON" organiser Europe/London',
        actor: { id: 'U0ALICE01', name: 'alice' },
        where: { slackChannel: 'C0123ABCD', channelId: 'C0GENERAL1', teamId: 'T0TEAM001' },
      },
    ]);
    expect(reply?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(reply?.body)).toMatch(/Done: schedule/);
  });

  it('routes reminders and cancel, and reports a failing command without a 5xx', async () => {
    await poster().command('reminders');
    await poster().command('cancel weekly-lobby');
    await api.waitFor('response_url', 2);
    expect(received.map((c) => [c.command, c.args, c.where.slackChannel])).toEqual([
      ['reminders', '', undefined],
      ['cancel', 'weekly-lobby', undefined],
    ]);
    failNext = true;
    const res = await poster().command('remind #general staff');
    expect(res.status).toBe(200);
    const replies = await api.waitFor('response_url', 3);
    expect(JSON.stringify(replies[2]?.body)).toMatch(/failed; it has been logged/);
  });
});
