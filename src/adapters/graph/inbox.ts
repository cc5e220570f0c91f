// The durable notification inbox: accepted changes are written here before Graph gets its 202, and removed only
// after the reviewer has handled them (at-least-once). Rows are claimed with a lease (owner + expiry) by one
// UPDATE … RETURNING, which works on SQLite and PostgreSQL alike, so several replicas can share the table: a
// replica that dies leaves its lease to expire and the rows are claimed again.
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { GraphInboxTable, InboxChangeType } from './graph-tables.js';

export interface InboxItem {
  userId: string;
  eventId: string;
  changeType: InboxChangeType;
  source: 'notification' | 'delta';
  /** The event as delta returned it, when complete. */
  event?: unknown;
}

export type InboxRow = Omit<GraphInboxTable, 'id'> & { id: number };

const iso = (ms: number) => new Date(ms).toISOString();

export class Inbox {
  constructor(
    private readonly db: Kysely<Database>,
    /** Real time, not the business clock: leases, settle and backoff are operational timings. */
    private readonly now: () => number = Date.now,
  ) {}

  /** One INSERT for the whole batch. `settleMs` delays claiming so Graph's duplicate notifications coalesce. */
  async add(items: InboxItem[], settleMs = 0): Promise<void> {
    if (items.length === 0) return;
    const now = this.now();
    const rows = items.map((i) => ({
      user_id: i.userId,
      event_id: i.eventId,
      change_type: i.changeType,
      source: i.source,
      event: i.event === undefined ? null : JSON.stringify(i.event),
      status: 'pending' as const,
      attempts: 0,
      not_before: iso(now + settleMs),
      lease_owner: null,
      lease_until: null,
      last_error: null,
      received_at: iso(now),
    }));
    // SQLite binds at most 32,766 variables per statement; 12 columns × 1,000 rows stays far below.
    for (let i = 0; i < rows.length; i += 1000) {
      await this.db
        .insertInto('graph_inbox')
        .values(rows.slice(i, i + 1000))
        .execute();
    }
  }

  /**
   * Leases up to `limit` ready rows to `owner` until now + leaseMs, and with them every other pending row of the
   * same events (arrived later, so not settled yet): one review covers them all. The lease condition is repeated
   * outside the sub-select so that, on PostgreSQL, a row another replica claimed meanwhile is re-checked and skipped.
   */
  async claim(owner: string, limit: number, leaseMs: number): Promise<InboxRow[]> {
    const now = iso(this.now());
    const until = iso(this.now() + leaseMs);
    const unleased = (eb: ExpressionBuilder<Database, 'graph_inbox'>) =>
      eb.and([eb('status', '=', 'pending'), eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)])]);
    const ready = (eb: ExpressionBuilder<Database, 'graph_inbox'>) =>
      eb.and([unleased(eb), eb('not_before', '<=', now)]);
    const rows = (await this.db
      .updateTable('graph_inbox')
      .set({ lease_owner: owner, lease_until: until })
      .where((eb) =>
        eb.and([
          eb('id', 'in', eb.selectFrom('graph_inbox').select('id').where(ready).orderBy('id').limit(limit)),
          ready(eb),
        ]),
      )
      .returningAll()
      .execute()) as InboxRow[];
    const keys = [...new Map(rows.map((r) => [`${r.user_id}\u0000${r.event_id}`, r])).values()];
    for (let i = 0; i < keys.length; i += 100) {
      const chunk = keys.slice(i, i + 100);
      const siblings = await this.db
        .updateTable('graph_inbox')
        .set({ lease_owner: owner, lease_until: until })
        .where((eb) =>
          eb.and([
            unleased(eb),
            eb.or(chunk.map((k) => eb.and([eb('user_id', '=', k.user_id), eb('event_id', '=', k.event_id)]))),
          ]),
        )
        .returningAll()
        .execute();
      rows.push(...(siblings as InboxRow[]));
    }
    return rows;
  }

  /** Keeps a long review's rows leased (heartbeat), so no other worker takes them meanwhile. */
  async extend(owner: string, ids: number[], leaseMs: number): Promise<void> {
    const until = iso(this.now() + leaseMs);
    for (let i = 0; i < ids.length; i += 500) {
      await this.db
        .updateTable('graph_inbox')
        .set({ lease_until: until })
        .where('id', 'in', ids.slice(i, i + 500))
        .where('lease_owner', '=', owner)
        .execute();
    }
  }

  /** Done: the rows are removed (only if this owner still holds them). */
  async complete(owner: string, ids: number[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      await this.db
        .deleteFrom('graph_inbox')
        .where('id', 'in', ids.slice(i, i + 500))
        .where('lease_owner', '=', owner)
        .execute();
    }
  }

  /** Failed: released for a later attempt, or marked failed after `maxAttempts`. */
  async retryLater(owner: string, ids: number[], error: string, delayMs: number, maxAttempts: number): Promise<void> {
    const notBefore = iso(this.now() + delayMs);
    const message = error.slice(0, 500);
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      await this.db
        .updateTable('graph_inbox')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          not_before: notBefore,
          lease_owner: null,
          lease_until: null,
          last_error: message,
        }))
        .where('id', 'in', chunk)
        .where('lease_owner', '=', owner)
        .execute();
      await this.db
        .updateTable('graph_inbox')
        .set({ status: 'failed' })
        .where('id', 'in', chunk)
        .where('attempts', '>=', maxAttempts)
        .execute();
    }
  }

  /** Rows still to process (leased or not). */
  async pendingCount(): Promise<number> {
    const row = await this.db
      .selectFrom('graph_inbox')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** When the next not-yet-ready pending row becomes ready (ms since epoch), if any. */
  async nextReadyAt(): Promise<number | undefined> {
    const row = await this.db
      .selectFrom('graph_inbox')
      .select((eb) => eb.fn.min('not_before').as('t'))
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return row?.t ? Date.parse(String(row.t)) : undefined;
  }
}
