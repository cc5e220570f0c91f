// Drains the inbox: claims ready rows, coalesces them per event, hands each change to the reviewer, and removes
// the rows only once the review succeeded. A failed review is retried with backoff; a crash leaves the rows
// pending (their lease expires) so a restart, or another replica, picks them up.
import { randomUUID } from 'node:crypto';
import type { EventReviewer } from '../../app/calendar.js';
import type { Logger } from '../../observability/logger.js';
import { type CoalescedChange, coalesce } from './coalesce.js';
import type { GraphMetrics } from './graph-metrics.js';
import type { Inbox } from './inbox.js';

export interface InboxWorkerOptions {
  batchSize?: number;
  leaseMs?: number;
  /** Reviews in flight at once (Outlook allows 4 concurrent requests per mailbox: facts/graph.md §5). */
  concurrency?: number;
  pollMs?: number;
  maxAttempts?: number;
  /** Backoff before attempt n+1 (ms). */
  backoffMs?: (attempts: number) => number;
}

const defaultBackoff = (attempts: number) => Math.min(1000 * 2 ** attempts, 5 * 60_000) * (0.75 + Math.random() / 2);

export class InboxWorker {
  readonly owner = `worker-${randomUUID()}`;
  private readonly o: Required<InboxWorkerOptions>;
  private draining?: Promise<void>;
  private again = false;
  private running = false;
  private poll?: NodeJS.Timeout;
  private wakeTimer?: NodeJS.Timeout;

  constructor(
    private readonly inbox: Inbox,
    private readonly reviewer: EventReviewer,
    private readonly deps: { logger: Logger; metrics: GraphMetrics },
    options: InboxWorkerOptions = {},
  ) {
    this.o = {
      batchSize: options.batchSize ?? 500,
      leaseMs: options.leaseMs ?? 60_000,
      concurrency: options.concurrency ?? 4,
      pollMs: options.pollMs ?? 1000,
      maxAttempts: options.maxAttempts ?? 10,
      backoffMs: options.backoffMs ?? defaultBackoff,
    };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.poll = setInterval(() => this.wake(), this.o.pollMs);
    this.poll.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearInterval(this.poll);
    clearTimeout(this.wakeTimer);
    await this.draining;
  }

  /** New rows: drain after `delayMs` (the settle time), or now. */
  wake(delayMs = 0): void {
    if (!this.running) return;
    if (delayMs > 0) {
      clearTimeout(this.wakeTimer);
      this.wakeTimer = setTimeout(() => this.wake(), delayMs);
      this.wakeTimer.unref();
      return;
    }
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain()
      .catch((err: Error) => this.deps.logger.error({ err: { message: err.message } }, 'graph inbox drain failed'))
      .finally(() => {
        this.draining = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Resolves once nothing is pending (or leased) in the inbox and no drain is running. */
  async idle(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.draining;
      if (!this.draining && (await this.inbox.pendingCount()) === 0 && !this.draining) return;
      if (Date.now() > deadline) throw new Error('graph inbox did not become idle in time');
      this.wake();
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private async drain(): Promise<void> {
    while (this.running) {
      const rows = await this.inbox.claim(this.owner, this.o.batchSize, this.o.leaseMs);
      if (rows.length === 0) return;
      const changes = coalesce(rows);
      // Heartbeat: leases of rows still in work are extended, so a slow review keeps them, and a crashed
      // process's rows are free again within one lease time.
      const open = new Set(rows.map((r) => r.id));
      const heartbeat = setInterval(() => {
        this.inbox.extend(this.owner, [...open], this.o.leaseMs).catch(() => {});
      }, this.o.leaseMs / 3);
      heartbeat.unref();
      let next = 0;
      const lane = async () => {
        while (next < changes.length) {
          const item = changes[next++] as CoalescedChange;
          await this.process(item, item.attempts);
          for (const id of item.rowIds) open.delete(id);
        }
      };
      try {
        await Promise.all(Array.from({ length: Math.min(this.o.concurrency, changes.length) }, lane));
      } finally {
        clearInterval(heartbeat);
      }
    }
  }

  private async process(item: CoalescedChange, attempts: number): Promise<void> {
    const { metrics, logger } = this.deps;
    try {
      await this.reviewer.review(item.change);
    } catch (err) {
      const message = (err as Error)?.message ?? String(err);
      metrics.processed.inc({ outcome: 'retry' });
      logger.warn(
        { userId: item.change.userId, eventId: item.change.eventId, attempts: attempts + 1, err: { message } },
        'event review failed; will retry',
      );
      await this.inbox.retryLater(this.owner, item.rowIds, message, this.o.backoffMs(attempts + 1), this.o.maxAttempts);
      return;
    }
    await this.inbox.complete(this.owner, item.rowIds);
    metrics.processed.inc({ outcome: 'ok' });
    metrics.coalesced.inc(item.rowIds.length);
    metrics.latency.observe((Date.now() - item.receivedAt) / 1000);
  }
}
