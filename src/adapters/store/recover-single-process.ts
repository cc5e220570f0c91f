// With SQLite there is exactly one process, so at start-up everything the previous run held was held by a process
// that no longer exists: its leases, its claimed inbox rows and its half-sent deliveries are released at once
// instead of waiting for them to lapse. (PostgreSQL replicas wait for the lapse: the holder may be alive.)
import '../graph/graph-tables.js';
import type { SqlStore } from './sql-store.js';

export async function recoverSingleProcessStore(store: SqlStore): Promise<{ deliveries: number; inbox: number }> {
  const { db } = store.database;
  const deliveries = await store.deliveries.abandonPending('abandoned: the previous run stopped while sending');
  await db.deleteFrom('leases').execute();
  const released = await db
    .updateTable('graph_inbox')
    .set({ lease_owner: null, lease_until: null })
    .where('status', '=', 'pending')
    .where('lease_owner', 'is not', null)
    .executeTakeFirst();
  return { deliveries, inbox: Number(released.numUpdatedRows) };
}
