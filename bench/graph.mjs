#!/usr/bin/env node
// Graph notification ingestion, end to end over HTTPS: the real service (dist/) with the Graph watcher on, a fake
// Graph and a fake authority (test/fakes, compiled to a temp dir), and an https front as Graph would reach us.
// A burst of 5,000 notifications (100 per POST, as Graph batches them; 3 notifications per change, spread over
// neighbouring POSTs, 10 POSTs in flight) → ack latency p50/p99, time until every change was reviewed, and Graph
// requests per notification (target ≤ 0.5).
// Usage: node bench/graph.mjs [--notifications 5000] [--users 10] [--concurrency 10] [--direct] [--process]
// --process runs the service as its own process (`bin/hygiene serve`), as deployed: the fakes and the https front
// then no longer share its event loop, so the ack latency is the service's own.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const NOTIFICATIONS = arg('notifications', 5000);
const USERS = arg('users', 10);
const CONCURRENCY = arg('concurrency', 10);
const PER_POST = 100;
const COPIES = 3;

if (!process.env.HYGIENE_BENCH_FAKES) {
  // Parent: build what is missing, make the test CA, and run the measurement in a child that trusts it
  // (Node reads NODE_EXTRA_CA_CERTS only at start).
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  if (!existsSync(join(root, 'dist/adapters/graph/integration.js'))) {
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  }
  const fakes = mkdtempSync(join(tmpdir(), 'hygiene-bench-fakes-'));
  execFileSync(
    process.execPath,
    [
      tsc,
      '--outDir',
      fakes,
      '--rootDir',
      'test',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2023',
      '--skipLibCheck',
      '--types',
      'node',
      'test/fakes/graph.ts',
      'test/fakes/authority.ts',
      'test/helpers/tls.ts',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  const { generateTestTls } = await import(pathToFileURL(join(fakes, 'helpers/tls.js')).href);
  const tls = generateTestTls();
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      HYGIENE_BENCH_FAKES: fakes,
      HYGIENE_TEST_TLS_DIR: tls,
      NODE_EXTRA_CA_CERTS: join(tls, 'ca.pem'),
    },
  });
  process.exit(child.status ?? 1);
}

const fakes = process.env.HYGIENE_BENCH_FAKES;
const load = (p) => import(pathToFileURL(p).href);
const { startFakeAuthority } = await load(join(fakes, 'fakes/authority.js'));
const { startFakeGraph } = await load(join(fakes, 'fakes/graph.js'));
const { startTlsTunnel } = await load(join(fakes, 'helpers/tls.js'));
const { readConfig } = await load(join(root, 'dist/config.js'));
const { startService } = await load(join(root, 'dist/service.js'));
const { createLogger } = await load(join(root, 'dist/observability/logger.js'));

/** The in-process service, seen through the same small interface as the child process below. */
function inProcess(service) {
  const metric = async (name) => service.metrics.registry.getSingleMetric(name).get();
  return Object.assign(service, {
    reviews: async () =>
      (await metric('hygiene_graph_changes_processed_total')).values
        .filter((v) => v.labels.outcome === 'ok')
        .reduce((a, v) => a + v.value, 0),
    ackHistogram: async () =>
      Object.fromEntries(
        (await metric('hygiene_http_request_duration_seconds')).values
          .filter((v) => v.labels.route === '/api/graph/notifications' && v.metricName?.endsWith('_bucket'))
          .map((v) => [String(v.labels.le), v.value]),
      ),
  });
}

/** `bin/hygiene serve` as a child process; reviews and the histogram are read from its /metrics. */
async function startServiceProcess(env) {
  const child = spawn(join(root, 'bin/hygiene'), ['serve'], {
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${env.PORT}`;
  const metricsText = async () => (await fetch(`${url}/metrics`)).text();
  const sum = (text, re) => [...text.matchAll(re)].reduce((a, m) => a + Number(m[1]), 0);
  for (let i = 0; i < 200; i++) {
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const reviews = async () =>
    sum(await metricsText(), /hygiene_graph_changes_processed_total\{[^}]*outcome="ok"[^}]*\} (\d+)/g);
  return {
    url,
    reviews,
    graph: {
      // Idle: subscriptions in place and the review count steady.
      async idle() {
        let last = -1;
        for (let i = 0; i < 600; i++) {
          const now = await reviews();
          if (now === last && graph.subscriptions.size >= USERS) return;
          last = now;
          await new Promise((r) => setTimeout(r, 1500));
        }
      },
    },
    async ackHistogram() {
      const text = await metricsText();
      const out = {};
      for (const line of text.split('\n')) {
        if (
          !line.startsWith('hygiene_http_request_duration_seconds_bucket{') ||
          !line.includes('route="/api/graph/notifications"')
        )
          continue;
        const le = /le="([^"]+)"/.exec(line)?.[1];
        if (le) out[le] = Number(line.slice(line.lastIndexOf(' ') + 1));
      }
      return out;
    },
    async close() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const graphTime = (d) => ({ dateTime: d.toISOString().replace('Z', '0000'), timeZone: 'UTC' });

const authority = await startFakeAuthority();
const graph = await startFakeGraph({ isValidToken: authority.isValidToken });
const users = Array.from({ length: USERS }, (_, i) => ({
  id: `0000000${i}-0000-4000-8000-00000000b${String(i).padStart(3, '0')}`,
  userPrincipalName: `user${i}@contoso.example`,
  mail: `user${i}@contoso.example`,
}));
for (const u of users) graph.addUser(u);
const tunnel = await startTlsTunnel();
const port = await freePort();
tunnel.setTarget(`http://127.0.0.1:${port}`);
const AS_PROCESS = process.argv.includes('--process');
const env = {
  PORT: String(port),
  DATABASE_URL: `sqlite:${join(mkdtempSync(join(tmpdir(), 'hygiene-bench-db-')), 'hygiene.sqlite')}`,
  LOG_LEVEL: 'warn',
  GRAPH_TENANT_ID: authority.tenantId,
  GRAPH_CLIENT_ID: authority.clientId,
  GRAPH_CLIENT_SECRET: authority.clientSecret,
  GRAPH_BASE_URL: graph.url,
  AZURE_AUTHORITY_HOST: authority.url,
  GRAPH_NOTIFICATION_URL: tunnel.url,
  GRAPH_MONITORED_USERS: users.map((u) => u.userPrincipalName).join(','),
};
const service = AS_PROCESS
  ? await startServiceProcess(env)
  : inProcess(await startService({ config: readConfig(env), logger: createLogger({ level: 'silent' }) }));
await service.graph.idle();
const subs = new Map([...graph.subscriptions.values()].map((s) => [s.userId, s]));
if (subs.size !== USERS) throw new Error(`expected ${USERS} subscriptions, got ${subs.size}`);

// Changes: a third are Teams meetings with a passcode in the body, the rest plain meetings; all in the future.
const changes = Math.ceil(NOTIFICATIONS / COPIES);
const start = new Date(Date.now() + 3 * 86_400_000);
for (let c = 0; c < changes; c++) {
  const user = users[c % USERS];
  const teams = c % 3 === 0;
  const join = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_bench${c}%40thread.v2/0`;
  if (teams)
    graph.addMeeting({
      id: `m${c}`,
      organizerId: user.id,
      joinWebUrl: join,
      lobbyBypassSettings: { scope: 'organization' },
    });
  graph.putEvent(user.id, {
    id: `ev-${c}`,
    subject: `Bench ${c}`,
    body: {
      contentType: 'html',
      content: teams
        ? `<p>Agenda</p><a href="${join}">Join the meeting now</a><div>Meeting ID: 352 626 921 425</div><div>Passcode: r5XGga</div>`
        : '<p>Agenda only</p>',
    },
    isOnlineMeeting: teams,
    onlineMeetingProvider: teams ? 'teamsForBusiness' : 'unknown',
    onlineMeeting: teams ? { joinUrl: join } : null,
    organizer: { emailAddress: { address: user.mail } },
    attendees: [{ type: 'required', emailAddress: { address: `guest${c}@fabrikam.example` } }],
    isOrganizer: true,
    sensitivity: 'normal',
    type: 'singleInstance',
    start: graphTime(start),
    end: graphTime(new Date(start.getTime() + 3_600_000)),
  });
}

// Notifications: each block of 100 changes yields 3 POSTs (first copies, then second, then third), so a change's
// notifications arrive in neighbouring POSTs, as Graph's created/updated duplicates do.
const item = (c, copy) => {
  const user = users[c % USERS];
  const s = subs.get(user.id);
  return {
    subscriptionId: s.id,
    subscriptionExpirationDateTime: s.expirationDateTime,
    changeType: copy === 0 ? 'created' : 'updated',
    resource: `Users/${user.id}/Events/ev-${c}`,
    resourceData: { '@odata.type': '#Microsoft.Graph.Event', id: `ev-${c}` },
    clientState: s.clientState,
    tenantId: authority.tenantId,
  };
};
const posts = [];
for (let block = 0; block < changes; block += PER_POST) {
  for (let copy = 0; copy < COPIES; copy++) {
    const value = [];
    for (let c = block; c < Math.min(block + PER_POST, changes); c++) value.push(item(c, copy));
    posts.push(value);
  }
}
let remaining = NOTIFICATIONS;
for (const p of posts) {
  p.splice(Math.max(0, remaining));
  remaining -= p.length;
}

// --direct posts to the service's own http port (no TLS front), to separate our cost from the proxy's.
const url = `${process.argv.includes('--direct') ? service.url : tunnel.url}/api/graph/notifications`;
const before = graph.requests.length;
const tokensBefore = authority.tokenRequests.length;
// The sender runs in a worker thread: its fetch and TLS work must not sit on the service's event loop.
const SENDER = `
  const { parentPort, workerData } = require('node:worker_threads');
  const { performance } = require('node:perf_hooks');
  const { url, posts, concurrency } = workerData;
  (async () => {
    const acks = [];
    let non202 = 0;
    let next = 0;
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < posts.length) {
        const body = posts[next++];
        const t = performance.now();
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await res.arrayBuffer();
        acks.push(performance.now() - t);
        if (res.status !== 202) non202++;
      }
    }));
    parentPort.postMessage({ acks, non202 });
  })();
`;
const t0 = performance.now();
const { acks, non202 } = await new Promise((resolve, reject) => {
  const w = new Worker(SENDER, {
    eval: true,
    workerData: { url, posts: posts.map((value) => JSON.stringify({ value })), concurrency: CONCURRENCY },
  });
  w.once('message', resolve);
  w.once('error', reject);
});
const sent = performance.now() - t0;
await service.graph.idle();
const drained = performance.now() - t0;
const graphRequests = graph.requests.length - before;
const byKind = {};
for (const r of graph.requests.slice(before)) {
  const kind = r.path.includes('/events/')
    ? 'event'
    : r.path.includes('onlineMeetings')
      ? 'onlineMeetings'
      : r.path.split('/').slice(0, 2).join('/');
  byKind[kind] = (byKind[kind] ?? 0) + 1;
}
const reviews = await service.reviews();

acks.sort((a, b) => a - b);
// Server side: the service's own request-duration histogram for the route (bucket upper bounds).
const hist = await service.ackHistogram();
const total = hist['+Inf'] ?? 0;
const within = (le) => (hist[String(le)] ?? 0) / (total || 1);
console.log(
  `notifications: ${NOTIFICATIONS} in ${posts.length} POSTs of ≤${PER_POST} (${changes} changes × ${COPIES}), ${CONCURRENCY} in flight, ${USERS} users`,
);
console.log(
  `ack latency (${process.argv.includes('--direct') ? 'direct http' : 'through the https front'}, service ${AS_PROCESS ? 'in its own process' : 'in this process'}, client side): p50 ${pct(acks, 50).toFixed(1)} ms, p99 ${pct(acks, 99).toFixed(1)} ms, max ${acks.at(-1).toFixed(1)} ms; non-202: ${non202}`,
);
console.log(
  `all acknowledged after ${sent.toFixed(0)} ms; drained (every change reviewed) after ${drained.toFixed(0)} ms (includes the 1 s settle)`,
);
console.log(
  `reviews: ${reviews} for ${changes} changes; Graph requests: ${graphRequests} (${JSON.stringify(byKind)}), per notification ${(graphRequests / NOTIFICATIONS).toFixed(3)} (target ≤ 0.5); token requests during the burst: ${authority.tokenRequests.length - tokensBefore}`,
);

console.log(
  `server-side handling of the POSTs (service histogram): ${(within(0.01) * 100).toFixed(1)}% within 10 ms, ${(within(0.05) * 100).toFixed(1)}% within 50 ms (${total} requests)`,
);

await service.close();
await tunnel.close();
await graph.close();
await authority.close();
