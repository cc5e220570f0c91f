// Starts the real service in-process on a free port with a throwaway database, as `npm start` would.
import { Writable } from 'node:stream';
import type { Clock } from '../../src/app/ports.js';
import { type Config, readConfig } from '../../src/config.js';
import { createLogger, SecretRedactor } from '../../src/observability/logger.js';
import { type RunningService, startService } from '../../src/service.js';
import { sqliteDatabase, type TestDatabase } from './databases.js';

export interface TestService extends RunningService {
  database: TestDatabase;
  /** Every log line the service wrote (JSON text), for leak checks. */
  logLines: string[];
  post(
    path: string,
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: unknown; text: string }>;
  get(path: string): Promise<{ status: number; text: string; headers: Headers }>;
  restart(): Promise<TestService>;
}

export interface TestServiceOptions {
  clock?: Clock;
}

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export async function startTestService(
  env: Record<string, string> = {},
  database?: TestDatabase,
  options: TestServiceOptions = {},
): Promise<TestService> {
  const db = database ?? sqliteDatabase();
  const config: Config = readConfig({ PORT: '0', DATABASE_URL: db.url, LOG_LEVEL: 'debug', ...env });
  const logLines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      logLines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const redactor = new SecretRedactor();
  const logger = createLogger({ level: 'debug', redactor, destination });
  const service = await startService({
    config,
    logger,
    redactor,
    clock: options.clock,
    retry: { retries: 3, minTimeoutMs: 10 },
  });
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(service.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: res.status, body: parsed, text };
  };
  const get = async (path: string) => {
    const res = await fetch(service.url + path);
    return { status: res.status, text: await res.text(), headers: res.headers };
  };
  return {
    ...service,
    database: db,
    logLines,
    post,
    get,
    async restart() {
      await service.close();
      return startTestService(env, db, options);
    },
  };
}
