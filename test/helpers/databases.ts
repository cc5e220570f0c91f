// Test databases: a fresh SQLite file, and a throwaway PostgreSQL database on the local server (127.0.0.1:5432, trust).
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  url: string;
  drop(): Promise<void>;
}

export function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'hygiene-test-'));
  return { name: 'sqlite', url: `sqlite:${join(dir, 'hygiene.sqlite')}`, drop: async () => {} };
}

export async function postgresDatabase(): Promise<TestDatabase> {
  const name = `hygiene_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  return {
    name: 'postgres',
    url,
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Both stores: every store test runs against SQLite and PostgreSQL. */
export const STORE_KINDS = [
  ['sqlite', async () => sqliteDatabase()],
  ['postgres', postgresDatabase],
] as const;
