import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/adapters/store/sql-store.js';
import { main } from '../../src/cli/main.js';
import { sqliteDatabase } from '../helpers/databases.js';
import { memoryIO } from '../helpers/memory-io.js';

describe('hygiene audit-log', () => {
  it('prints the audit trail newest first, as text and JSON', async () => {
    const db = sqliteDatabase();
    const store = await openStore(db.url);
    await store.audit.record({
      at: '2026-11-26T09:00:00.000Z',
      actor: 'U0ADMIN',
      platform: 'slack',
      action: 'remind',
      target: 'C01',
      outcome: 'ok',
    });
    await store.audit.record({
      at: '2026-11-26T09:05:00.000Z',
      actor: 'U0OTHER',
      platform: 'slack',
      action: 'schedule',
      target: 'C01',
      outcome: 'refused',
      detail: 'not an admin',
    });
    await store.close();

    const text = memoryIO('', { env: { DATABASE_URL: db.url } });
    expect(await main(['audit-log'], text)).toBe(0);
    const lines = text.out().trim().split('\n');
    expect(lines[0]).toMatch(/refused\s+U0OTHER\s+schedule C01\s+\(not an admin\)/);
    expect(lines[1]).toMatch(/ok\s+U0ADMIN\s+remind C01/);

    const json = memoryIO('', { env: { DATABASE_URL: db.url } });
    expect(await main(['audit-log', '--format', 'json', '--limit', '1'], json)).toBe(0);
    expect(JSON.parse(json.out())).toMatchObject({ actor: 'U0OTHER', outcome: 'refused' });
  });

  it('rejects a bad limit with exit 2', async () => {
    const io = memoryIO('', { env: { DATABASE_URL: sqliteDatabase().url } });
    expect(await main(['audit-log', '--limit', 'lots'], io)).toBe(2);
    expect(io.err()).toMatch(/--limit/);
  });
});
