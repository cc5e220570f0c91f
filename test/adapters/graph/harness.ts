// Wires the Graph adapter's parts against the fake authority and fake Graph, over real HTTPS, with a throwaway
// SQLite store: the pieces the integration builds, but reachable one by one.
import { Writable } from 'node:stream';
import { Registry } from 'prom-client';
import { GraphCalendar } from '../../../src/adapters/graph/graph-calendar.js';
import { createGraphClient } from '../../../src/adapters/graph/graph-client.js';
import { createGraphMetrics, type GraphMetrics } from '../../../src/adapters/graph/graph-metrics.js';
import { createMsalTokenProvider } from '../../../src/adapters/graph/msal-token-provider.js';
import { openStore, type SqlStore } from '../../../src/adapters/store/sql-store.js';
import { createLogger, SecretRedactor } from '../../../src/observability/logger.js';
import { type FakeAuthority, startFakeAuthority } from '../../fakes/authority.js';
import { type FakeGraph, type FakeGraphOptions, startFakeGraph } from '../../fakes/graph.js';
import { sqliteDatabase, type TestDatabase } from '../../helpers/databases.js';

export interface Harness {
  authority: FakeAuthority;
  graph: FakeGraph;
  client: ReturnType<typeof createGraphClient>;
  calendar: GraphCalendar;
  metrics: GraphMetrics;
  registry: Registry;
  redactor: SecretRedactor;
  logger: ReturnType<typeof createLogger>;
  logLines: string[];
  store: SqlStore;
  database: TestDatabase;
  reopenStore(): Promise<SqlStore>;
  close(): Promise<void>;
}

export async function startHarness(graphOptions: Partial<FakeGraphOptions> = {}): Promise<Harness> {
  const authority = await startFakeAuthority();
  const graph = await startFakeGraph({ isValidToken: authority.isValidToken, ...graphOptions });
  const registry = new Registry();
  const metrics = createGraphMetrics(registry);
  const redactor = new SecretRedactor();
  redactor.add(authority.clientSecret);
  const logLines: string[] = [];
  const logger = createLogger({
    level: 'debug',
    redactor,
    destination: new Writable({
      write(chunk, _e, done) {
        logLines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    }),
  });
  const tokens = createMsalTokenProvider(
    {
      tenantId: authority.tenantId,
      clientId: authority.clientId,
      clientSecret: authority.clientSecret,
      authorityHost: authority.url,
    },
    { onToken: (t) => redactor.add(t) },
  );
  const client = createGraphClient({
    baseUrl: graph.url,
    authProvider: tokens,
    retry: { delaySeconds: 0.05 },
    onResponse: (method, status) => metrics.requests.inc({ method, status: String(status) }),
  });
  const calendar = new GraphCalendar(client);
  const database = sqliteDatabase();
  let store = await openStore(database.url);
  const h: Harness = {
    authority,
    graph,
    client,
    calendar,
    metrics,
    registry,
    redactor,
    logger,
    logLines,
    store,
    database,
    async reopenStore() {
      await h.store.close();
      store = await openStore(database.url);
      h.store = store;
      return store;
    },
    async close() {
      await h.store.close().catch(() => {});
      await graph.close();
      await authority.close();
    },
  };
  return h;
}

/** A counter's value from the registry (sum over labels matching `labels`). */
export async function counterValue(
  registry: Registry,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  const metric = registry.getSingleMetric(name);
  if (!metric) return 0;
  const { values } = await metric.get();
  return values
    .filter((v) =>
      Object.entries(labels).every(([k, want]) => String((v.labels as Record<string, unknown>)[k]) === want),
    )
    .reduce((sum, v) => sum + v.value, 0);
}
