// The watcher behind the service's real HTTP app (handshake, JSON body parsing, limits), reached over an https
// tunnel as Graph would reach it, with a stand-in reviewer and a controllable clock.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createGraphWatcher,
  type GraphWatcher,
  type GraphWatcherDeps,
} from '../../../src/adapters/graph/graph-watcher.js';
import type { EventChange, EventReviewer } from '../../../src/app/calendar.js';
import { createHttpApp } from '../../../src/http/server.js';
import { createMetrics } from '../../../src/observability/metrics.js';
import { startTlsTunnel, type TlsTunnel } from '../../helpers/tls.js';
import type { Harness } from './harness.js';

export class RecordingReviewer implements EventReviewer {
  readonly calls: EventChange[] = [];
  /** Replace to fail or hang. */
  behaviour: (change: EventChange) => Promise<void> = async () => {};
  async review(change: EventChange): Promise<void> {
    this.calls.push(change);
    await this.behaviour(change);
  }
  callsFor(eventId: string): EventChange[] {
    return this.calls.filter((c) => c.eventId === eventId);
  }
}

export interface TestClock {
  t: number;
  now(): Date;
  advance(ms: number): void;
}

export const testClock = (): TestClock => {
  const c: TestClock = {
    t: Date.now(),
    now: () => new Date(c.t),
    advance: (ms) => {
      c.t += ms;
    },
  };
  return c;
};

export interface WatcherRig {
  watcher: GraphWatcher;
  reviewer: RecordingReviewer;
  tunnel: TlsTunnel;
  /** The service's http URL (behind the tunnel). */
  url: string;
  close(): Promise<void>;
}

export async function startWatcher(
  h: Harness,
  options: Partial<GraphWatcherDeps> & { clock: TestClock; reviewer?: RecordingReviewer; tunnel?: TlsTunnel },
): Promise<WatcherRig> {
  const tunnel = options.tunnel ?? (await startTlsTunnel());
  const reviewer = options.reviewer ?? new RecordingReviewer();
  const watcher = createGraphWatcher({
    db: h.store.database.db,
    client: h.client,
    calendar: h.calendar,
    reviewer,
    logger: h.logger,
    redactor: h.redactor,
    metrics: h.metrics,
    tenantId: h.authority.tenantId,
    notificationUrl: tunnel.url,
    monitoredUsers: [],
    windowDays: 30,
    refreshEveryMs: 3_600_000,
    settleMs: 500,
    worker: { pollMs: 50, backoffMs: () => 50, leaseMs: 600 },
    ...options,
  });
  const app = createHttpApp(
    {
      teamsMessages: (_req, res) => {
        res.status(404).end();
      },
      graphNotifications: watcher.notificationsHandler,
      graphLifecycle: watcher.lifecycleHandler,
      ready: async () => {},
    },
    { logger: h.logger, metrics: createMetrics() },
  );
  const server: Server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  tunnel.setTarget(url);
  return {
    watcher,
    reviewer,
    tunnel,
    url,
    async close() {
      await watcher.stop();
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      });
      if (!options.tunnel) await tunnel.close();
    },
  };
}
