import { afterEach, describe, expect, it } from 'vitest';
import { Lease } from '../../../src/adapters/store/lease.js';
import { openStore, type SqlStore } from '../../../src/adapters/store/sql-store.js';
import { STORE_KINDS, type TestDatabase } from '../../helpers/databases.js';
import { ManualClock } from '../../helpers/service.js';

describe.each(STORE_KINDS)('Lease on %s', (_name, makeDatabase) => {
  let database: TestDatabase | undefined;
  const stores: SqlStore[] = [];
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
    await database?.drop();
    database = undefined;
  });

  it('is held by one replica at a time, renewed by its holder, taken over when it lapses or is released', async () => {
    database = await makeDatabase();
    const clock = new ManualClock(new Date('2026-11-26T10:00:00Z'));
    const a = await openStore(database.url);
    const b = await openStore(database.url);
    stores.push(a, b);
    const la = new Lease(a.database.db, 'graph-upkeep', 60_000, clock);
    const lb = new Lease(b.database.db, 'graph-upkeep', 60_000, clock);

    const first = await Promise.all([la.tryAcquire(), lb.tryAcquire()]);
    expect(first.filter(Boolean)).toHaveLength(1);
    const [holder, other] = first[0] ? [la, lb] : [lb, la];

    clock.advance(30_000);
    expect(await holder.tryAcquire()).toBe(true);
    expect(await other.tryAcquire()).toBe(false);
    clock.advance(61_000);
    expect(await other.tryAcquire()).toBe(true);
    expect(await holder.tryAcquire()).toBe(false);
    await other.release();
    expect(await holder.tryAcquire()).toBe(true);
  });
});
