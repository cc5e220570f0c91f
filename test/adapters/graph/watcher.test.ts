// The watcher end to end over HTTPS: subscriptions with validation handshakes and renewal, notifications → inbox
// → coalesced review, forged and malformed input, lifecycle events, delta reconciliation, crash and restart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashClientState } from '../../../src/adapters/graph/client-state.js';
import { counterValue, type Harness, startHarness } from './harness.js';
import { startWatcher, type TestClock, testClock, type WatcherRig } from './watcher-harness.js';

const ALICE = {
  id: '0a11ce00-0000-4000-8000-000000000001',
  userPrincipalName: 'alice@contoso.example',
  mail: 'alice@contoso.example',
};
const BOB = { id: '0b0b0000-0000-4000-8000-000000000002', userPrincipalName: 'bob@contoso.example' };
const HOUR = 3_600_000;

const event = (id: string, startsInHours = 48) => ({
  id,
  subject: `Meeting ${id}`,
  body: { contentType: 'html', content: `<p>agenda ${id}</p>` },
  organizer: { emailAddress: { address: ALICE.mail } },
  start: { dateTime: new Date(Date.now() + startsInHours * HOUR).toISOString().replace('Z', '0000'), timeZone: 'UTC' },
  end: {
    dateTime: new Date(Date.now() + (startsInHours + 1) * HOUR).toISOString().replace('Z', '0000'),
    timeZone: 'UTC',
  },
});

describe('Graph watcher', () => {
  let h: Harness;
  let clock: TestClock;
  let rig: WatcherRig;

  beforeEach(async () => {
    clock = testClock();
    h = await startHarness({ now: () => clock.t });
    h.graph.addUser(ALICE);
    h.graph.addUser(BOB);
    rig = await startWatcher(h, { clock, monitoredUsers: [ALICE.userPrincipalName] });
  });
  afterEach(async () => {
    await rig.close();
    await h.close();
  });

  const subscriptionOf = (userId: string) => [...h.graph.subscriptions.values()].find((s) => s.userId === userId);

  it('subscribes each monitored user after a real handshake; stores Graph’s expiry and only a hash of clientState', async () => {
    await rig.watcher.start();
    const sub = subscriptionOf(ALICE.id);
    expect(sub).toBeDefined();
    expect(sub!.resource).toBe(`users/${ALICE.id}/events`);
    expect(sub!.changeType).toBe('created,updated,deleted');
    expect(sub!.notificationUrl).toBe(`${rig.tunnel.url}/api/graph/notifications`);
    expect(sub!.lifecycleNotificationUrl).toBe(`${rig.tunnel.url}/api/graph/lifecycle`);
    expect(sub!.clientState!.length).toBeGreaterThanOrEqual(32);
    expect(sub!.clientState!.length).toBeLessThanOrEqual(128);
    const rows = await rig.watcher.subscriptions.list();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.client_state_hash).toBe(hashClientState(sub!.clientState!));
    expect(JSON.stringify(rows)).not.toContain(sub!.clientState!);
    expect(Date.parse(rows[0]!.expires_at)).toBe(Date.parse(sub!.expirationDateTime));
    expect(h.logLines.join('\n')).not.toContain(sub!.clientState!);
  });

  it('renews at half-life (not before), and recreates when Graph answers 404 to the renewal', async () => {
    await rig.watcher.start();
    const first = subscriptionOf(ALICE.id)!;
    clock.advance(1 * HOUR);
    await rig.watcher.refresh();
    expect(h.graph.requestsTo('PATCH', /^\/subscriptions\//)).toHaveLength(0);

    clock.advance(35 * HOUR);
    await rig.watcher.refresh();
    const patches = h.graph.requestsTo('PATCH', /^\/subscriptions\//);
    expect(patches).toHaveLength(1);
    expect(Date.parse((patches[0]!.body as { expirationDateTime: string }).expirationDateTime)).toBeLessThanOrEqual(
      clock.t + 4230 * 60_000,
    );
    const renewed = (await rig.watcher.subscriptions.list())[0]!;
    expect(renewed.id).toBe(first.id);
    expect(Date.parse(renewed.expires_at)).toBeGreaterThan(clock.t + 60 * HOUR);

    h.graph.dropSubscription(first.id);
    clock.advance(36 * HOUR);
    await rig.watcher.refresh();
    const after = await rig.watcher.subscriptions.list();
    expect(after).toHaveLength(1);
    expect(after[0]!.id).not.toBe(first.id);
    expect(subscriptionOf(ALICE.id)!.id).toBe(after[0]!.id);
  });

  it('removes subscriptions of users no longer monitored', async () => {
    await rig.watcher.start();
    await rig.close();
    rig = await startWatcher(h, { clock, monitoredUsers: [BOB.id] });
    await rig.watcher.start();
    expect(subscriptionOf(ALICE.id)).toBeUndefined();
    expect(subscriptionOf(BOB.id)).toBeDefined();
    expect((await rig.watcher.subscriptions.list()).map((s) => s.user_id)).toEqual([BOB.id]);
  });

  it('reviews once for three notifications of one change (coalesced), fetching nothing itself', async () => {
    await rig.watcher.start();
    await rig.watcher.idle();
    rig.reviewer.calls.length = 0;
    h.graph.putEvent(ALICE.id, event('ev-1'));
    const before = h.graph.requests.length;
    expect(await h.graph.notify(ALICE.id, 'ev-1', 'created')).toEqual([202]);
    expect(await h.graph.notify(ALICE.id, 'ev-1', 'updated', 2)).toEqual([202]);
    await rig.watcher.idle();
    expect(rig.reviewer.callsFor('ev-1')).toEqual([{ userId: ALICE.id, eventId: 'ev-1', changeType: 'created' }]);
    expect(h.graph.requests.length).toBe(before);
    expect(await counterValue(h.registry, 'hygiene_graph_notifications_received_total', { kind: 'change' })).toBe(3);
    expect(
      await counterValue(h.registry, 'hygiene_graph_changes_processed_total', { outcome: 'ok' }),
    ).toBeGreaterThanOrEqual(1);
    expect(await rig.watcher.inbox.pendingCount()).toBe(0);
  });

  it('a deletion wins over updates of the same event', async () => {
    await rig.watcher.start();
    await rig.watcher.idle();
    await h.graph.notify(ALICE.id, 'ev-2', 'updated');
    await h.graph.notify(ALICE.id, 'ev-2', 'deleted');
    await rig.watcher.idle();
    expect(rig.reviewer.callsFor('ev-2').map((c) => c.changeType)).toEqual(['deleted']);
  });

  it('drops forged or mismatched clientState and unknown subscriptions: counted, never reviewed or fetched', async () => {
    await rig.watcher.start();
    await rig.watcher.idle();
    const sub = subscriptionOf(ALICE.id)!;
    const before = h.graph.requests.length;
    const item = (subscriptionId: string, clientState?: string) => ({
      subscriptionId,
      clientState,
      changeType: 'updated',
      resource: `Users/${ALICE.id}/Events/forged`,
      resourceData: { id: 'forged' },
    });
    const url = sub.notificationUrl;
    expect((await h.graph.post(url, { value: [item(sub.id, 'wrong-secret')] })).status).toBe(202);
    expect((await h.graph.post(url, { value: [item(sub.id, `${sub.clientState}x`)] })).status).toBe(202);
    expect((await h.graph.post(url, { value: [item(sub.id)] })).status).toBe(202);
    expect(
      (await h.graph.post(url, { value: [item('00000000-0000-0000-0000-000000000000', sub.clientState)] })).status,
    ).toBe(202);
    await rig.watcher.idle();
    expect(rig.reviewer.callsFor('forged')).toHaveLength(0);
    expect(await rig.watcher.inbox.pendingCount()).toBe(0);
    expect(h.graph.requests.length).toBe(before);
    expect(
      await counterValue(h.registry, 'hygiene_graph_notifications_dropped_total', { reason: 'client_state_mismatch' }),
    ).toBe(3);
    expect(
      await counterValue(h.registry, 'hygiene_graph_notifications_dropped_total', { reason: 'unknown_subscription' }),
    ).toBe(1);
  });

  it('answers malformed bodies with 400 JSON, never 5xx', async () => {
    await rig.watcher.start();
    const bad: unknown[] = [
      'not json',
      '[]',
      '{}',
      { value: [] },
      { value: [{ subscriptionId: 'x', changeType: 'exploded', resource: 'Users/a/Events/b' }] },
      { value: [{ changeType: 'updated', resource: 'Users/a/Events/b' }] },
      { value: 'nope' },
      { value: [{ subscriptionId: 'x'.repeat(5000), changeType: 'updated', resource: 'r' }] },
    ];
    for (const body of bad) {
      for (const path of ['/api/graph/notifications', '/api/graph/lifecycle']) {
        const res = await fetch(rig.url + path, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        });
        expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(400);
        expect(await res.json()).toHaveProperty('error');
      }
    }
    const lifecycle = await fetch(`${rig.url}/api/graph/lifecycle`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ value: [{ subscriptionId: 's', lifecycleEvent: 'explode' }] }),
    });
    expect(lifecycle.status).toBe(400);
  });

  it('answers the validation handshake with the decoded token as text/plain', async () => {
    const token = 'Validation: Testing client application reachability for subscription Request-Id: 1 & <b>';
    const res = await fetch(
      `${rig.tunnel.url}/api/graph/notifications?${new URLSearchParams({ validationToken: token })}`,
      {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe(token);
  });

  it('reconciles by delta at start: pages, deltaLink kept, @removed as deleted; `missed` runs delta again', async () => {
    for (let i = 0; i < 5; i++) h.graph.putEvent(ALICE.id, event(`d-${i}`));
    await rig.watcher.start();
    await rig.watcher.idle();
    const first = h.graph.requestsTo('GET', /calendarView\/delta$|^\/\$page$/);
    expect(first.length).toBeGreaterThanOrEqual(1);
    expect(first[0]!.headers.prefer).toBe('odata.maxpagesize=50');
    expect(first[0]!.query.get('startDateTime')).toBeTruthy();
    expect(
      rig.reviewer.calls
        .filter((c) => c.changeType === 'reconciled')
        .map((c) => c.eventId)
        .sort(),
    ).toEqual(['d-0', 'd-1', 'd-2', 'd-3', 'd-4']);
    // Complete delta items ride along; the reviewer need not fetch them.
    expect(rig.reviewer.callsFor('d-0')[0]!.event).toMatchObject({ id: 'd-0', subject: 'Meeting d-0' });

    rig.reviewer.calls.length = 0;
    h.graph.deleteEvent(ALICE.id, 'd-1');
    h.graph.putEvent(ALICE.id, event('d-5'));
    const mark = h.graph.requests.length;
    expect(await h.graph.lifecycle(subscriptionOf(ALICE.id)!.id, 'missed')).toBe(202);
    await rig.watcher.idle();
    const again = h.graph.requestsTo('GET', /calendarView\/delta$/, mark);
    expect(again).toHaveLength(1);
    expect(again[0]!.query.get('$deltatoken')).toBeTruthy();
    expect(rig.reviewer.calls.map((c) => [c.eventId, c.changeType]).sort()).toEqual([
      ['d-1', 'deleted'],
      ['d-5', 'reconciled'],
    ]);
  });

  it('pages delta with a small page size and resyncs fully on 410 Gone', async () => {
    await rig.close();
    rig = await startWatcher(h, { clock, monitoredUsers: [ALICE.id], deltaPageSize: 2 });
    for (let i = 0; i < 5; i++) h.graph.putEvent(ALICE.id, event(`p-${i}`));
    await rig.watcher.start();
    await rig.watcher.idle();
    expect(h.graph.requestsTo('GET', /^\/\$page$/)).toHaveLength(2);
    expect(new Set(rig.reviewer.calls.map((c) => c.eventId)).size).toBe(5);

    rig.reviewer.calls.length = 0;
    h.graph.expireDeltaTokens();
    const mark = h.graph.requests.length;
    await rig.watcher.delta.run(ALICE.id);
    await rig.watcher.idle();
    const runs = h.graph.requestsTo('GET', /calendarView\/delta$/, mark);
    expect(runs).toHaveLength(2);
    expect(runs[0]!.query.get('$deltatoken')).toBeTruthy();
    expect(runs[1]!.query.get('startDateTime')).toBeTruthy();
    expect(new Set(rig.reviewer.calls.map((c) => c.eventId)).size).toBe(5);
  });

  it('subscriptionRemoved → a new subscription (with handshake) and a delta; reauthorizationRequired → reauthorize', async () => {
    await rig.watcher.start();
    await rig.watcher.idle();
    const old = subscriptionOf(ALICE.id)!;
    const reauth = await h.graph.lifecycle(old.id, 'reauthorizationRequired');
    expect(reauth).toBe(202);
    await rig.watcher.idle();
    expect(h.graph.requestsTo('POST', new RegExp(`^/subscriptions/${old.id}/reauthorize$`))).toHaveLength(1);

    const mark = h.graph.requests.length;
    expect(await h.graph.lifecycle(old.id, 'subscriptionRemoved')).toBe(202);
    await rig.watcher.idle();
    const now = subscriptionOf(ALICE.id);
    expect(now).toBeDefined();
    expect(now!.id).not.toBe(old.id);
    expect((await rig.watcher.subscriptions.list()).map((s) => s.id)).toEqual([now!.id]);
    expect(h.graph.requestsTo('GET', /calendarView\/delta$/, mark)).toHaveLength(1);
  });

  it('retries a failed review with backoff and removes the rows only after success', async () => {
    await rig.watcher.start();
    await rig.watcher.idle();
    let failures = 2;
    rig.reviewer.behaviour = async () => {
      if (failures-- > 0) throw new Error('teams is down');
    };
    await h.graph.notify(ALICE.id, 'ev-r', 'updated');
    await rig.watcher.idle();
    expect(rig.reviewer.callsFor('ev-r')).toHaveLength(3);
    expect(await counterValue(h.registry, 'hygiene_graph_changes_processed_total', { outcome: 'retry' })).toBe(2);
    expect(await rig.watcher.inbox.pendingCount()).toBe(0);
  });

  it('keeps accepted notifications across a crash mid-review and processes them once after restart', async () => {
    await rig.watcher.start();
    await rig.watcher.idle();
    let hang: (() => void) | undefined;
    rig.reviewer.behaviour = () =>
      new Promise<void>((resolve) => {
        hang = resolve;
      });
    // One POST with two items: claimed together, so the crash catches both mid-review.
    await h.graph.notify(ALICE.id, 'ev-c', 'updated', 2);
    await expect.poll(() => rig.reviewer.callsFor('ev-c').length, { timeout: 5000 }).toBe(1);
    // "Crash": the database goes away under the hung review; nothing is marked done.
    const crashed = rig;
    await h.reopenStore();
    expect(await crashed.watcher.inbox.pendingCount().catch(() => -1)).toBe(-1);
    rig = await startWatcher(h, { clock, monitoredUsers: [ALICE.id], tunnel: crashed.tunnel });
    await rig.watcher.start();
    expect(await rig.watcher.inbox.pendingCount()).toBe(2);
    await rig.watcher.idle();
    expect(rig.reviewer.callsFor('ev-c')).toEqual([{ userId: ALICE.id, eventId: 'ev-c', changeType: 'updated' }]);
    expect(await rig.watcher.inbox.pendingCount()).toBe(0);
    hang?.();
  });
});
