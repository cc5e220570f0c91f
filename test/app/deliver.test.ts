import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type SqlStore } from '../../src/adapters/store/sql-store.js';
import { deliverOnce } from '../../src/app/deliver.js';
import { createLogger } from '../../src/observability/logger.js';
import { sqliteDatabase } from '../helpers/databases.js';
import { ManualClock } from '../helpers/service.js';

const logger = createLogger({ level: 'silent', destination: new Writable({ write: (_c, _e, d) => d() }) });

describe('deliverOnce', () => {
  let store: SqlStore | undefined;
  afterEach(async () => store?.close());

  it('sends once per key, retries a failed one, and resends one abandoned mid-way by a crashed sender', async () => {
    const clock = new ManualClock(new Date('2026-11-26T10:00:00Z'));
    store = await openStore(sqliteDatabase().url, { clock });
    const deps = { deliveries: store.deliveries, logger, clock };
    const what = { channel: 'teams', target: 'user:a', kind: 'warning', dedupeKey: 'w1' };
    let sends = 0;
    const ok = async () => ({ attempts: 1, messageRef: `m${++sends}` });

    expect(await deliverOnce(deps, what, ok)).toEqual({ status: 'sent', messageRef: 'm1' });
    expect(await deliverOnce(deps, what, ok)).toEqual({ status: 'duplicate' });

    const failing = { ...what, dedupeKey: 'w2' };
    expect((await deliverOnce(deps, failing, () => Promise.reject(new Error('HTTP 503')))).status).toBe('failed');
    expect(await deliverOnce(deps, failing, ok)).toMatchObject({ status: 'sent' });

    // A sender that claimed the delivery and died: pending, never marked.
    await store.deliveries.begin({ ...what, dedupeKey: 'w3' });
    expect(await deliverOnce(deps, { ...what, dedupeKey: 'w3' }, ok)).toEqual({ status: 'duplicate' });
    clock.advance(121_000);
    const [a, b] = await Promise.all([
      deliverOnce(deps, { ...what, dedupeKey: 'w3' }, ok),
      deliverOnce(deps, { ...what, dedupeKey: 'w3' }, ok),
    ]);
    expect([a.status, b.status].sort()).toEqual(['duplicate', 'sent']);
    expect(await store.deliveries.byKey('w3')).toMatchObject({ status: 'sent' });
  });
});
