// Named leases: which replica runs a singleton duty (Graph subscription upkeep, periodic delta, reminders due).
import type { MigrationStep } from './helpers.js';

export const up: MigrationStep = async (db) => {
  await db.schema
    .createTable('leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
};
