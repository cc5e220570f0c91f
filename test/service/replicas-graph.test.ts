// Two replicas of the service on one PostgreSQL database behind one Graph subscription: notifications land on
// either replica, each change is reviewed once, each organiser warned once, and only one replica keeps the
// subscriptions (the Graph upkeep lease).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { postgresDatabase, type TestDatabase } from '../helpers/databases.js';
import { DAY, graphTime, startWorld, type World } from '../helpers/graph-world.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { installPersonal } from '../helpers/teams-activities.js';

const ALICE = {
  id: '0a11ce00-0000-4000-8000-0000000000a1',
  userPrincipalName: 'alice@contoso.example',
  mail: 'alice@contoso.example',
  displayName: 'Alice',
};
const EVENTS = 12;

const riskyEvent = (n: number) => ({
  id: `ev-${n}`,
  subject: `Vendor briefing ${n}`,
  body: {
    contentType: 'text',
    content: `Join Zoom Meeting\nhttps://acme.zoom.us/j/9000000${String(n).padStart(4, '0')}\nPasscode: Ws${n}k8Pq`,
  },
  organizer: { emailAddress: { name: 'Alice', address: ALICE.mail } },
  attendees: [{ type: 'required', emailAddress: { address: 'guest@fabrikam.example' } }],
  isOrganizer: true,
  isCancelled: false,
  type: 'singleInstance',
  sensitivity: 'normal',
  start: graphTime(new Date(Date.now() + 2 * DAY)),
  end: graphTime(new Date(Date.now() + 2 * DAY + 1_800_000)),
});

describe('two replicas with the Graph watcher on PostgreSQL', () => {
  let db: TestDatabase;
  let world: World;
  const replicas: TestService[] = [];

  afterEach(async () => {
    for (const r of replicas.splice(0)) await r.close();
    await world?.close();
    await db?.drop();
  });

  it('review each change once and warn each organiser once, wherever notifications land', {
    timeout: 60_000,
  }, async () => {
    db = await postgresDatabase();
    world = await startWorld({ monitoredUsers: [ALICE.userPrincipalName], slack: false });
    world.graph.addUser(ALICE);
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    writeFileSync(
      join(dir, 'policy.yaml'),
      'organisation:\n  internalDomains: [contoso.example]\n  approvedProviders: [teams, zoom]\n',
    );
    const env = { ...world.env, POLICY_FILE: join(dir, 'policy.yaml') };
    const a = await startTestService(env, db);
    replicas.push(a);
    await a.graph!.idle();
    const b = await startTestService({ ...env, PORT: '0' }, db);
    replicas.push(b);
    await b.graph!.idle();

    const subscriptions = [...world.graph.subscriptions.values()];
    expect(subscriptions).toHaveLength(1); // the second replica did not subscribe again
    expect(world.graph.requestsTo('POST', /\/subscriptions$/)).toHaveLength(1);
    const sub = subscriptions[0]!;

    await a.post(
      '/api/messages',
      installPersonal(world.connector.url, { id: '29:alice', aadObjectId: ALICE.id, name: 'Alice' }),
    );
    await world.connector.waitForSent(1);

    const mark = world.graph.requests.length;
    const item = (n: number, changeType: string) => ({
      subscriptionId: sub.id,
      changeType,
      resource: `Users/${ALICE.id}/Events/ev-${n}`,
      resourceData: { '@odata.type': '#Microsoft.Graph.Event', id: `ev-${n}` },
      clientState: sub.clientState,
    });
    for (let n = 0; n < EVENTS; n++) world.graph.putEvent(ALICE.id, riskyEvent(n));
    // Three notifications per change, spread over both replicas (as a load balancer would).
    const acks = await Promise.all(
      Array.from({ length: EVENTS }, (_, n) => [
        a.post('/api/graph/notifications', { value: [item(n, 'created')] }),
        b.post('/api/graph/notifications', { value: [item(n, 'updated')] }),
        (n % 2 ? a : b).post('/api/graph/notifications', { value: [item(n, 'updated')] }),
      ]).flat(),
    );
    expect(acks.every((r) => r.status === 202)).toBe(true);
    await Promise.all([a.graph!.idle(), b.graph!.idle()]);
    await Promise.all([a.graph!.idle(), b.graph!.idle()]);

    const fetches = world.graph.requestsTo('GET', /\/events\/ev-\d+$/, mark);
    const perEvent = new Map<string, number>();
    for (const r of fetches) {
      const id = /ev-\d+$/.exec(r.path)![0];
      perEvent.set(id, (perEvent.get(id) ?? 0) + 1);
    }
    expect(perEvent.size).toBe(EVENTS);
    // Coalesced across replicas: one fetch per change, not one per notification.
    expect(fetches.length).toBeLessThanOrEqual(EVENTS + 2);

    const warned = new Map<string, number>();
    for (const r of world.connector.sent().filter((x) => x.method === 'POST')) {
      const m = /Vendor briefing (\d+)/.exec(JSON.stringify(r.body));
      if (m) warned.set(m[1]!, (warned.get(m[1]!) ?? 0) + 1);
    }
    expect(warned.size).toBe(EVENTS);
    expect([...warned.values()].every((c) => c === 1)).toBe(true);
  });
});
