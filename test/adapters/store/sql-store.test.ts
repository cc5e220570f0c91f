import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type SqlStore } from '../../../src/adapters/store/sql-store.js';
import { STORE_KINDS, type TestDatabase } from '../../helpers/databases.js';

describe.each(STORE_KINDS)('SqlStore on %s', (_name, makeDatabase) => {
  let database: TestDatabase | undefined;
  let store: SqlStore | undefined;

  const open = async () => {
    database ??= await makeDatabase();
    store = await openStore(database.url);
    return store;
  };

  afterEach(async () => {
    await store?.close();
    await database?.drop();
    store = undefined;
    database = undefined;
  });

  it('migrates, answers ping, and keeps conversation references across reopen', async () => {
    const s = await open();
    await s.ping();
    await s.conversations.save({
      key: 'user:aad-1',
      kind: 'personal',
      aadObjectId: 'aad-1',
      userId: '29:user-1',
      tenantId: 't1',
      serviceUrl: 'http://127.0.0.1:1/',
      reference: { conversation: { id: 'a:1' } },
      updatedAt: '2026-11-26T10:00:00.000Z',
    });
    await s.conversations.save({
      key: 'user:aad-1',
      kind: 'personal',
      aadObjectId: 'aad-1',
      userId: '29:user-1',
      tenantId: 't1',
      serviceUrl: 'http://127.0.0.1:2/',
      reference: { conversation: { id: 'a:2' } },
      updatedAt: '2026-11-26T11:00:00.000Z',
    });
    await s.close();
    const again = await open();
    const got = await again.conversations.get('user:aad-1');
    expect(got?.serviceUrl).toBe('http://127.0.0.1:2/');
    expect(got?.reference).toEqual({ conversation: { id: 'a:2' } });
    expect(await again.conversations.memberIdOf('aad-1')).toBe('29:user-1');
    expect((await again.conversations.anyOfTenant('t1'))?.key).toBe('user:aad-1');
    expect(await again.conversations.anyOfTenant('other')).toBeUndefined();
    await again.conversations.remove('user:aad-1');
    expect(await again.conversations.get('user:aad-1')).toBeUndefined();
  });

  it('claims a delivery once per idempotency key', async () => {
    const s = await open();
    const first = await s.deliveries.begin({ channel: 'teams', target: 'user:a', kind: 'warning', dedupeKey: 'k1' });
    expect(first.existing).toBe(false);
    const second = await s.deliveries.begin({ channel: 'teams', target: 'user:a', kind: 'warning', dedupeKey: 'k1' });
    expect(second.existing).toBe(true);
    expect(second.record.id).toBe(first.record.id);
    await s.deliveries.markSent(first.record.id, 2, 'activity-9');
    expect(await s.deliveries.byKey('k1')).toMatchObject({ status: 'sent', attempts: 2, messageRef: 'activity-9' });
    const unkeyed1 = await s.deliveries.begin({ channel: 'slack', target: 'slack:U1', kind: 'answer' });
    const unkeyed2 = await s.deliveries.begin({ channel: 'slack', target: 'slack:U1', kind: 'answer' });
    expect(unkeyed2.record.id).not.toBe(unkeyed1.record.id);
  });

  it('records decisions and audit entries', async () => {
    const s = await open();
    await s.decisions.set('event:1', 'snoozed', '2026-11-27T00:00:00.000Z', 'aad-1');
    await s.decisions.set('event:1', 'dismissed', undefined, 'aad-2');
    expect(await s.decisions.get('event:1')).toEqual({ decision: 'dismissed', until: undefined, actor: 'aad-2' });
    await s.audit.record({ at: 'x1', actor: 'a', platform: 'teams', action: 'remind', target: 'c', outcome: 'ok' });
    await s.audit.record({
      at: 'x2',
      actor: 'b',
      platform: 'slack',
      action: 'cancel',
      target: 'r1',
      outcome: 'refused',
      detail: 'not an admin',
    });
    const log = await s.audit.list();
    expect(log.map((e) => e.outcome)).toEqual(['refused', 'ok']);
    expect(log[0]?.detail).toBe('not an admin');
  });
});
