// Helpers for migrations written once for both dialects.
import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';

export type MigrationStep = (db: Kysely<unknown>, dialect: Dialect) => Promise<void>;

/** Adds an auto-increment integer primary key `id` for either dialect. */
export const withId = (dialect: Dialect, table: ReturnType<Kysely<unknown>['schema']['createTable']>) =>
  dialect === 'postgres'
    ? table.addColumn('id', 'serial', (c) => c.primaryKey())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
