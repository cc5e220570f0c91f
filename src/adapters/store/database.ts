// Opens the store named by DATABASE_URL: `sqlite:PATH` (embedded default, better-sqlite3) or `postgres://…` (pg pool).
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { migrateToLatest } from './migrations.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
  /** A description safe to log (no password). */
  describe: string;
  close(): Promise<void>;
}

export const dialectOf = (url: string): Dialect => (url.startsWith('sqlite:') ? 'sqlite' : 'postgres');

/** `postgres://user:secret@host/db` → `postgres://user:***@host/db`. */
export const describeDatabaseUrl = (url: string): string => url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');

export async function openDatabase(url: string, cwd = process.cwd()): Promise<OpenDatabase> {
  const dialect = dialectOf(url);
  let db: Kysely<Database>;
  if (dialect === 'sqlite') {
    const { default: SQLite } = await import('better-sqlite3');
    const path = url.slice('sqlite:'.length);
    const file = path === ':memory:' ? path : resolve(cwd, path);
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  } else {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // A dropped idle connection must not crash the process; the pool replaces it.
    pool.on('error', () => {});
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  try {
    await migrateToLatest(db as Kysely<unknown>, dialect);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return { db, dialect, describe: describeDatabaseUrl(url), close: () => db.destroy() };
}
