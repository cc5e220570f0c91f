// POST /api/graph/notifications and /api/graph/lifecycle. The validation handshake is answered before these
// (src/http/server.ts). Graph wants a 2xx within 3 s or it retries and, if slow too often, throttles and drops
// (facts/graph.md §1 "Notification delivery"): so validate, persist in one insert, answer 202 — and do the work
// later. Items whose clientState does not match are not from Graph: dropped, counted, never fetched.
import type { RequestHandler, Response } from 'express';
import type { Logger } from '../../observability/logger.js';
import type { GraphMetrics } from './graph-metrics.js';
import type { InboxItem } from './inbox.js';
import {
  changeCollectionSchema,
  describeIssue,
  eventIdOf,
  type LifecycleNotification,
  lifecycleCollectionSchema,
} from './notification-schema.js';
import type { Verification } from './subscriptions.js';

export interface NotificationRouteDeps {
  verify(subscriptionId: string, clientState: string | undefined): Promise<Verification>;
  /** Persists accepted changes (one insert) and wakes the worker. */
  accept(items: InboxItem[]): Promise<void>;
  /** Acts on verified lifecycle events, after the 202. */
  onLifecycle(event: LifecycleNotification & { userId: string }): void;
  /** Our tenant: items naming another tenant are dropped. */
  tenantId?: string;
  metrics: GraphMetrics;
  logger: Logger;
}

const badRequest = (res: Response, message: string) => res.status(400).json({ error: 'invalid_notification', message });

/** Verifies each item; a cache of verdicts per subscription id keeps a batch of 100 to a few lookups. */
async function verifyAll<T extends { subscriptionId: string; clientState?: string; tenantId?: string }>(
  items: T[],
  deps: NotificationRouteDeps,
): Promise<{ item: T; userId: string }[]> {
  const verdicts = new Map<string, Promise<Verification>>();
  const accepted: { item: T; userId: string }[] = [];
  for (const item of items) {
    if (deps.tenantId && item.tenantId && item.tenantId.toLowerCase() !== deps.tenantId.toLowerCase()) {
      deps.metrics.dropped.inc({ reason: 'other_tenant' });
      continue;
    }
    const key = `${item.subscriptionId}\u0000${item.clientState ?? ''}`;
    let verdict = verdicts.get(key);
    if (!verdict) {
      verdict = deps.verify(item.subscriptionId, item.clientState);
      verdicts.set(key, verdict);
    }
    const v = await verdict;
    if (v.ok) accepted.push({ item, userId: v.userId });
    else deps.metrics.dropped.inc({ reason: v.reason });
  }
  return accepted;
}

export function notificationsHandler(deps: NotificationRouteDeps): RequestHandler {
  return async (req, res) => {
    const parsed = changeCollectionSchema.safeParse(req.body);
    if (!parsed.success) {
      deps.metrics.dropped.inc({ reason: 'malformed' });
      badRequest(res, describeIssue(parsed.error));
      return;
    }
    deps.metrics.received.inc({ kind: 'change' }, parsed.data.value.length);
    const items: InboxItem[] = [];
    for (const { item, userId } of await verifyAll(parsed.data.value, deps)) {
      const eventId = eventIdOf(item);
      if (!eventId) {
        deps.metrics.dropped.inc({ reason: 'no_event_id' });
        continue;
      }
      items.push({ userId, eventId, changeType: item.changeType, source: 'notification' });
    }
    try {
      await deps.accept(items);
    } catch (err) {
      // Not persisted: a 5xx makes Graph deliver again (facts/graph.md §1).
      deps.logger.error({ err: { message: (err as Error).message } }, 'could not persist graph notifications');
      res.status(503).json({ error: 'unavailable', message: 'notifications could not be stored; retry' });
      return;
    }
    res.status(202).end();
  };
}

export function lifecycleHandler(deps: NotificationRouteDeps): RequestHandler {
  return async (req, res) => {
    const parsed = lifecycleCollectionSchema.safeParse(req.body);
    if (!parsed.success) {
      deps.metrics.dropped.inc({ reason: 'malformed' });
      badRequest(res, describeIssue(parsed.error));
      return;
    }
    deps.metrics.received.inc({ kind: 'lifecycle' }, parsed.data.value.length);
    const accepted = await verifyAll(parsed.data.value, deps);
    res.status(202).end();
    for (const { item, userId } of accepted) deps.onLifecycle({ ...item, userId });
  };
}
