// The Graph watcher: which users, their subscriptions, the notification routes, the inbox worker, delta
// reconciliation and the timers that keep them all up. Talks to the reviewer only through EventReviewer.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { RequestHandler } from 'express';
import type { Kysely } from 'kysely';
import type { CalendarPort, EventReviewer } from '../../app/calendar.js';
import type { Clock } from '../../app/ports.js';
import type { Logger, SecretRedactor } from '../../observability/logger.js';
import { Lease } from '../store/lease.js';
import type { Database } from '../store/schema.js';
import { DeltaSync } from './delta-sync.js';
import { graphFailure } from './graph-client.js';
import type { GraphMetrics } from './graph-metrics.js';
import { Inbox, type InboxItem } from './inbox.js';
import { InboxWorker, type InboxWorkerOptions } from './inbox-worker.js';
import { MonitoredUsers } from './monitored-users.js';
import { lifecycleHandler, notificationsHandler } from './notification-routes.js';
import type { LifecycleNotification } from './notification-schema.js';
import { Subscriptions } from './subscriptions.js';

export interface GraphWatcherDeps {
  db: Kysely<Database>;
  client: Client;
  calendar: CalendarPort;
  reviewer: EventReviewer;
  clock: Clock;
  logger: Logger;
  redactor: SecretRedactor;
  metrics: GraphMetrics;
  tenantId?: string;
  notificationUrl?: string;
  monitoredUsers: string[];
  monitoredGroupId?: string;
  windowDays: number;
  /** How often users, subscriptions and delta are refreshed in full (policy.watch.refreshEvery). */
  refreshEveryMs: number;
  /** How often subscriptions are checked for renewal and failed set-up retried (default 5 min). */
  upkeepEveryMs?: number;
  /** Delay before new notifications are reviewed, so Graph's duplicates coalesce (default 1 s). */
  settleMs?: number;
  worker?: InboxWorkerOptions;
  deltaPageSize?: number;
  /** Extra periodic work (the warnings' reminders), with its period. */
  periodic?: { everyMs: number; run: () => Promise<unknown> }[];
  /**
   * Singleton duties (subscription upkeep, periodic delta, the extra periodic work) run on one replica at a time,
   * the holder of this lease; every replica takes notifications and works the shared inbox. The holder renews it
   * every third of its lifetime, so a dead holder is replaced within one lifetime. Default 90 s.
   */
  leaseTtlMs?: number;
}

export interface GraphWatcher {
  notificationsHandler: RequestHandler;
  lifecycleHandler: RequestHandler;
  subscriptions: Subscriptions;
  users: MonitoredUsers;
  delta: DeltaSync;
  inbox: Inbox;
  worker: InboxWorker;
  /** One pass of upkeep: (re)resolve users when due, subscriptions, and delta when asked. */
  refresh(options?: { users?: boolean; delta?: boolean }): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  idle(): Promise<void>;
}

export function createGraphWatcher(deps: GraphWatcherDeps): GraphWatcher {
  const log = deps.logger.child({ component: 'graph' });
  const settleMs = deps.settleMs ?? 1000;
  const upkeepEveryMs = deps.upkeepEveryMs ?? 5 * 60_000;
  const leaseTtlMs = deps.leaseTtlMs ?? 90_000;
  const lease = new Lease(deps.db, 'graph-upkeep', leaseTtlMs, deps.clock);
  let leader = false;
  /** Takes or renews the lease; logs when this replica starts or stops leading. */
  const lead = async (): Promise<boolean> => {
    const now = await lease.tryAcquire().catch(() => false);
    if (now !== leader)
      log.info({ leader: now }, now ? 'this replica runs the Graph upkeep' : 'another replica runs the Graph upkeep');
    leader = now;
    return now;
  };
  const inbox = new Inbox(deps.db);
  const worker = new InboxWorker(inbox, deps.reviewer, { logger: log, metrics: deps.metrics }, deps.worker);
  const subscriptions = new Subscriptions(deps.db, {
    client: deps.client,
    clock: deps.clock,
    logger: log,
    redactor: deps.redactor,
    notificationUrl: deps.notificationUrl,
  });
  const users = new MonitoredUsers(deps.db, {
    client: deps.client,
    calendar: deps.calendar,
    clock: deps.clock,
    logger: log,
    users: deps.monitoredUsers,
    groupId: deps.monitoredGroupId,
  });
  const delta = new DeltaSync(deps.db, {
    client: deps.client,
    inbox,
    clock: deps.clock,
    logger: log,
    windowDays: deps.windowDays,
    pageSize: deps.deltaPageSize,
    onEnqueued: () => worker.wake(),
  });

  // Background work (lifecycle reactions, delta runs), tracked so stop() and idle() can wait for it.
  const tasks = new Set<Promise<unknown>>();
  const track = (what: string, fn: () => Promise<unknown>) => {
    const p = fn()
      .catch((err: unknown) => log.warn({ task: what, error: graphFailure(err) }, 'graph background task failed'))
      .finally(() => tasks.delete(p));
    tasks.add(p);
    return p;
  };
  // One delta at a time per user: a `missed` during a periodic run waits for it, then runs again.
  const perUser = new Map<string, Promise<unknown>>();
  const reconcileUser = (userId: string) => {
    const prev = perUser.get(userId) ?? Promise.resolve();
    const next = prev
      .catch(() => {})
      .then(() => delta.run(userId))
      .then((r) => log.info({ userId, ...r }, 'delta reconciled'))
      .finally(() => {
        if (perUser.get(userId) === next) perUser.delete(userId);
      });
    perUser.set(userId, next);
    return next;
  };

  let usersResolved = false;
  let subscriptionsSkippedLogged = false;

  async function refresh(options: { users?: boolean; delta?: boolean } = {}): Promise<void> {
    let current = await users.stored();
    if (options.users || !usersResolved) {
      try {
        current = await users.refresh();
        usersResolved = true;
        log.info({ users: current.length }, 'monitored users resolved');
      } catch (err) {
        log.warn(
          { error: graphFailure(err), stored: current.length },
          'could not resolve monitored users; using stored',
        );
      }
    }
    const ids = current.map((u) => u.id);
    if (subscriptions.enabled) {
      const { created, failed } = await subscriptions.reconcile(ids);
      if (created.length || failed) log.info({ created: created.length, failed }, 'graph subscriptions reconciled');
      // A user with a new subscription may have changes from before it: reconcile them now.
      if (!options.delta) for (const userId of created) track('delta', () => reconcileUser(userId));
    } else if (!subscriptionsSkippedLogged) {
      subscriptionsSkippedLogged = true;
      log.warn('GRAPH_NOTIFICATION_URL is not set: no change notifications; relying on periodic delta only');
    }
    if (options.delta) {
      for (const userId of ids) await track('delta', () => reconcileUser(userId));
      // Links of users no longer watched.
      for (const row of await deps.db.selectFrom('graph_delta_links').select('user_id').execute()) {
        if (!ids.includes(row.user_id)) await delta.forget(row.user_id);
      }
    }
  }

  async function onLifecycle(event: LifecycleNotification & { userId: string }): Promise<void> {
    const { subscriptionId, userId, lifecycleEvent } = event;
    log.info({ subscriptionId, userId, lifecycleEvent }, 'graph lifecycle notification');
    if (lifecycleEvent === 'subscriptionRemoved') await subscriptions.recreate(subscriptionId);
    if (lifecycleEvent === 'reauthorizationRequired') await subscriptions.reauthorize(subscriptionId);
    // Changes may have been lost in every case (facts/graph.md §1 "Lifecycle notifications"): resync by delta.
    await reconcileUser(userId);
  }

  const routeDeps = {
    verify: (id: string, cs: string | undefined) => subscriptions.verify(id, cs),
    accept: async (items: InboxItem[]) => {
      await inbox.add(items, settleMs);
      if (items.length) worker.wake(settleMs);
    },
    onLifecycle: (e: LifecycleNotification & { userId: string }) => {
      track('lifecycle', () => onLifecycle(e));
    },
    tenantId: deps.tenantId,
    metrics: deps.metrics,
    logger: log,
  };

  const timers: NodeJS.Timeout[] = [];
  /** Runs `fn` every `ms` on the lease holder (or on every replica when `everywhere`), never overlapping itself. */
  const every = (ms: number, what: string, fn: () => Promise<unknown>, everywhere = false) => {
    let busy = false;
    const t = setInterval(() => {
      if (busy) return;
      busy = true;
      track(what, async () => {
        if (everywhere || (await lead())) await fn();
      }).finally(() => {
        busy = false;
      });
    }, ms);
    t.unref();
    timers.push(t);
  };

  return {
    notificationsHandler: notificationsHandler(routeDeps),
    lifecycleHandler: lifecycleHandler(routeDeps),
    subscriptions,
    users,
    delta,
    inbox,
    worker,
    refresh,
    async start() {
      // Rows left by a previous run (or a crash) are processed first; then Graph, which may be down.
      worker.start();
      if (await lead()) {
        await track('start', () => refresh({ users: true }));
        // Initial reconciliation in the background (new subscriptions already queued theirs): start-up stays quick.
        for (const u of await users.stored().catch(() => [])) {
          if (!perUser.has(u.id)) track('delta', () => reconcileUser(u.id));
        }
      }
      every(upkeepEveryMs, 'upkeep', () => refresh());
      // Keeps the lease (or takes it over from a replica that died); a new leader catches up at once.
      every(
        leaseTtlMs / 3,
        'lease',
        async () => {
          const wasLeader = leader;
          if ((await lead()) && !wasLeader) await refresh({ users: true, delta: true });
        },
        true,
      );
      every(deps.refreshEveryMs, 'refresh', () => refresh({ users: true, delta: true }));
      for (const p of deps.periodic ?? []) every(p.everyMs, 'periodic', p.run);
    },
    async stop() {
      for (const t of timers.splice(0)) clearInterval(t);
      await Promise.allSettled([...tasks]);
      await worker.stop();
      // Hand the singleton duties over at once rather than after the lease lapses.
      if (leader) await lease.release().catch(() => {});
    },
    async idle() {
      for (let i = 0; i < 100; i++) {
        await Promise.allSettled([...tasks, ...perUser.values()]);
        await worker.idle();
        if (tasks.size === 0 && perUser.size === 0) return;
      }
    },
  };
}
