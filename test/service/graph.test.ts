// The whole service with the Graph watcher on, against a fake Graph and a fake authority over HTTPS: the
// subscription handshake reaches the service through an https front (as an ingress would), notifications are
// acknowledged at once, coalesced, and reviewed by the real warnings use case.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/adapters/graph/graph-tables.js';
import { openStore } from '../../src/adapters/store/sql-store.js';
import type { FakeGraph } from '../fakes/graph.js';
import { ALICE, TEAMS_JOIN as JOIN, startWorld, teamsEvent, type World } from '../helpers/graph-world.js';
import { startTestService, type TestService } from '../helpers/service.js';

describe('service with the Graph watcher', () => {
  let world: World;
  let graph: FakeGraph;
  let authority: World['authority'];
  let tunnel: World['tunnel'];
  let service: TestService;
  let env: Record<string, string>;

  beforeEach(async () => {
    world = await startWorld({ monitoredUsers: [ALICE.userPrincipalName], slack: false });
    ({ graph, authority, tunnel } = world);
    graph.addUser(ALICE);
    graph.addMeeting({
      id: 'MSpkMeeting1',
      organizerId: ALICE.id,
      joinWebUrl: JOIN,
      lobbyBypassSettings: { scope: 'everyone', isDialInBypassEnabled: true },
    });
    env = world.env;
    service = await startTestService(env);
    await service.graph!.idle();
  });
  afterEach(async () => {
    await service.close();
    await world.close();
  });

  const sub = () => [...graph.subscriptions.values()].find((s) => s.userId === ALICE.id)!;

  it('subscribes the monitored user at start with one token, and never logs the secrets', async () => {
    expect(sub()).toBeDefined();
    expect(sub().notificationUrl).toBe(`${tunnel.url}/api/graph/notifications`);
    expect(authority.tokenRequests).toHaveLength(1);
    const logs = service.logLines.join('\n');
    expect(logs).not.toContain(authority.clientSecret);
    expect(logs).not.toContain(sub().clientState!);
    expect(logs).not.toMatch(/fake-graph-token-/);
  });

  it('acknowledges three notifications of one change with 202, fetches the event once and warns the organiser', async () => {
    graph.putEvent(ALICE.id, teamsEvent('ev-risky'));
    const mark = graph.requests.length;
    const acks = [
      ...(await graph.notify(ALICE.id, 'ev-risky', 'created')),
      ...(await graph.notify(ALICE.id, 'ev-risky', 'updated', 2)),
    ];
    expect(acks).toEqual([202, 202]);
    await service.graph!.idle();
    expect(graph.requestsTo('GET', /\/events\/ev-risky$/, mark)).toHaveLength(1);
    const warnings = await service.graph!.openWarnings({ aadObjectId: ALICE.id });
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(warnings)).not.toContain('r5XGga');
    expect(authority.tokenRequests).toHaveLength(1);
    const metrics = (await service.get('/metrics')).text;
    expect(metrics).toMatch(/hygiene_graph_notifications_received_total\{kind="change"\} 3/);
  });

  it('drops a forged notification without fetching anything, and counts it', async () => {
    graph.putEvent(ALICE.id, teamsEvent('ev-forged'));
    const mark = graph.requests.length;
    const res = await graph.post(sub().notificationUrl, {
      value: [
        {
          subscriptionId: sub().id,
          clientState: 'guess',
          changeType: 'updated',
          resource: `Users/${ALICE.id}/Events/ev-forged`,
          resourceData: { id: 'ev-forged' },
        },
      ],
    });
    expect(res.status).toBe(202);
    await service.graph!.idle();
    expect(graph.requests.length).toBe(mark);
    expect((await service.get('/metrics')).text).toMatch(
      /hygiene_graph_notifications_dropped_total\{reason="client_state_mismatch"\} 1/,
    );
  });

  it('answers malformed notification bodies with 400 JSON', async () => {
    const res = await service.post('/api/graph/notifications', { value: [{ nope: true }] });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'invalid_notification' });
    expect((await service.post('/api/graph/lifecycle', '{not json')).status).toBe(400);
  });

  it('keeps notifications accepted just before a restart and processes them once after it', async () => {
    graph.putEvent(ALICE.id, teamsEvent('ev-restart'));
    const mark = graph.requests.length;
    expect(await graph.notify(ALICE.id, 'ev-restart', 'updated', 3)).toEqual([202]);
    // Still settling (not yet reviewed) when the service stops: the rows wait in the database.
    const database = service.database;
    await service.close();
    const store = await openStore(database.url);
    const pending = await store.database.db
      .selectFrom('graph_inbox')
      .select('event_id')
      .where('status', '=', 'pending')
      .execute();
    await store.close();
    expect(pending.map((r) => r.event_id)).toEqual(['ev-restart', 'ev-restart', 'ev-restart']);
    expect(graph.requestsTo('GET', /\/events\/ev-restart$/, mark)).toHaveLength(0);
    service = await startTestService(env, database);
    await service.graph!.idle();
    expect(graph.requestsTo('GET', /\/events\/ev-restart$/, mark)).toHaveLength(1);
    expect(await service.graph!.openWarnings({ aadObjectId: ALICE.id })).not.toHaveLength(0);
  });
});

describe('service with Graph unreachable', () => {
  it('starts, serves and reports ready while the authority and Graph are down', async () => {
    const service = await startTestService({
      GRAPH_TENANT_ID: 'tenant',
      GRAPH_CLIENT_ID: 'client',
      GRAPH_CLIENT_SECRET: 'secret-value-123',
      GRAPH_BASE_URL: 'https://127.0.0.1:9/v1.0',
      AZURE_AUTHORITY_HOST: 'https://127.0.0.1:9',
      GRAPH_MONITORED_USERS: 'alice@contoso.example',
    });
    try {
      expect((await service.get('/readyz')).status).toBe(200);
      expect(service.logLines.join('\n')).toMatch(/GRAPH_NOTIFICATION_URL is not set/);
    } finally {
      await service.close();
    }
  });
});
