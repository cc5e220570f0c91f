// The inbox on both dialects: one-insert batches, leases that two workers never share, siblings claimed together,
// retry and give-up, and leases that expire after a crash.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Inbox, type InboxItem } from '../../../src/adapters/graph/inbox.js';
import { openStore, type SqlStore } from '../../../src/adapters/store/sql-store.js';
import { STORE_KINDS, type TestDatabase } from '../../helpers/databases.js';

const item = (eventId: string, changeType: InboxItem['changeType'] = 'updated'): InboxItem => ({
  userId: 'u1',
  eventId,
  changeType,
  source: 'notification',
});

describe.each(STORE_KINDS)('graph inbox on %s', (_name, makeDb) => {
  let db: TestDatabase;
  let store: SqlStore;
  let t: number;
  let inbox: Inbox;
  beforeEach(async () => {
    db = await makeDb();
    store = await openStore(db.url);
    t = Date.parse('2026-01-05T10:00:00Z');
    inbox = new Inbox(store.database.db, () => t);
  });
  afterEach(async () => {
    await store.close();
    await db.drop();
  });

  it('claims ready rows once across two workers, with the later rows of the same events', async () => {
    await inbox.add([item('a'), item('b'), item('c')], 100);
    expect(await inbox.claim('w1', 10, 1000)).toHaveLength(0);
    t += 100;
    await inbox.add([item('a', 'deleted')], 100); // not settled yet, but a sibling of a ready row
    const [w1, w2] = await Promise.all([inbox.claim('w1', 2, 1000), inbox.claim('w2', 10, 1000)]);
    const ids = [...w1, ...w2].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(4);
    const owner = (w1.some((r) => r.event_id === 'a') ? w1 : w2).filter((r) => r.event_id === 'a');
    expect(owner.map((r) => r.change_type).sort()).toEqual(['deleted', 'updated']);
    expect(await inbox.claim('w3', 10, 1000)).toHaveLength(0);
    await inbox.complete(
      'w1',
      w1.map((r) => r.id),
    );
    await inbox.complete(
      'w1',
      w2.map((r) => r.id),
    ); // not the owner: nothing happens
    expect(await inbox.pendingCount()).toBe(4 - w1.length);
  });

  it('frees a dead worker’s rows when the lease expires, and gives up after maxAttempts', async () => {
    await inbox.add([item('x')]);
    expect(await inbox.claim('dead', 10, 1000)).toHaveLength(1);
    t += 999;
    expect(await inbox.claim('w2', 10, 1000)).toHaveLength(0);
    t += 2;
    const [row] = await inbox.claim('w2', 10, 1000);
    expect(row).toBeDefined();
    await inbox.retryLater('w2', [row!.id], 'boom', 50, 2);
    expect(await inbox.claim('w2', 10, 1000)).toHaveLength(0);
    t += 50;
    const [again] = await inbox.claim('w2', 10, 1000);
    expect(again?.attempts).toBe(1);
    await inbox.retryLater('w2', [again!.id], 'boom', 50, 2);
    t += 100;
    expect(await inbox.claim('w2', 10, 1000)).toHaveLength(0);
    expect(await inbox.pendingCount()).toBe(0);
  });

  it('stores a batch of 2,500 rows', async () => {
    await inbox.add(Array.from({ length: 2500 }, (_, i) => item(`e${i}`)));
    expect(await inbox.pendingCount()).toBe(2500);
  });
});
