// Reconciliation by delta query (facts/graph.md §4): GET /users/{id}/calendarView/delta over now..now+windowDays,
// page by page (@odata.nextLink), keep the @odata.deltaLink for the next run. Every item goes through the inbox,
// so it is durable, coalesced with notifications and retried like them. Runs at start, on `missed`, periodically.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Kysely } from 'kysely';
import type { Clock } from '../../app/ports.js';
import type { Logger } from '../../observability/logger.js';
import type { Database } from '../store/schema.js';
import { graphFailure } from './graph-client.js';
import type { Inbox, InboxItem } from './inbox.js';

interface DeltaPage {
  value?: Record<string, unknown>[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/** Delta tokens expire: 410 Gone, or an error code asking for a fresh start (facts/graph.md §4 "Resync"). */
const RESYNC_CODES = new Set(['syncStateNotFound', 'syncStateInvalid', 'resyncRequired']);
export const needsResync = (err: unknown): boolean => {
  const f = graphFailure(err);
  return f.status === 410 || RESYNC_CODES.has(f.code);
};

/**
 * Delta items are often partial (occurrences carry only ids and times; body may be empty: facts/graph.md §4), so
 * an event rides along only when it has a body and an organizer; otherwise the reviewer fetches it.
 */
export function completeEvent(item: Record<string, unknown>): unknown | undefined {
  const body = item.body as { content?: unknown } | undefined;
  return typeof body?.content === 'string' && body.content.length > 0 && item.organizer ? item : undefined;
}

export interface DeltaDeps {
  client: Client;
  inbox: Inbox;
  clock: Clock;
  logger: Logger;
  windowDays: number;
  pageSize?: number;
  /** Called after each page was enqueued (wakes the worker). */
  onEnqueued?: () => void;
}

export class DeltaSync {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly deps: DeltaDeps,
  ) {}

  private initialUrl(userId: string): { url: string; windowEnd: string } {
    const start = this.deps.clock.now();
    const end = new Date(start.getTime() + this.deps.windowDays * 86_400_000);
    const url =
      `/users/${encodeURIComponent(userId)}/calendarView/delta` +
      `?startDateTime=${start.toISOString()}&endDateTime=${end.toISOString()}`;
    return { url, windowEnd: end.toISOString() };
  }

  /** Syncs one user; returns how many items were enqueued. */
  async run(userId: string): Promise<{ items: number; resynced: boolean }> {
    const stored = await this.db
      .selectFrom('graph_delta_links')
      .selectAll()
      .where('user_id', '=', userId)
      .executeTakeFirst();
    // The window is fixed when a delta starts; once half of it has gone by, open a new one so the far end moves.
    const halfWindow = (this.deps.windowDays * 86_400_000) / 2;
    const fresh = stored && Date.parse(stored.window_end) - this.deps.clock.now().getTime() >= halfWindow;
    if (stored && fresh) {
      try {
        return { items: await this.follow(userId, stored.delta_link, stored.window_end), resynced: false };
      } catch (err) {
        if (!needsResync(err)) throw err;
        this.deps.logger.info({ userId, status: graphFailure(err).status }, 'delta token expired; full resync');
      }
    }
    await this.db.deleteFrom('graph_delta_links').where('user_id', '=', userId).execute();
    const { url, windowEnd } = this.initialUrl(userId);
    return { items: await this.follow(userId, url, windowEnd), resynced: Boolean(stored) };
  }

  private async follow(userId: string, firstUrl: string, windowEnd: string): Promise<number> {
    let url = firstUrl;
    let count = 0;
    for (;;) {
      const page = (await this.deps.client
        .api(url)
        .header('Prefer', `odata.maxpagesize=${this.deps.pageSize ?? 50}`)
        .get()) as DeltaPage;
      const items: InboxItem[] = [];
      for (const item of page.value ?? []) {
        if (typeof item.id !== 'string') continue;
        if (item['@removed']) {
          items.push({ userId, eventId: item.id, changeType: 'deleted', source: 'delta' });
        } else {
          items.push({
            userId,
            eventId: item.id,
            changeType: 'reconciled',
            source: 'delta',
            event: completeEvent(item),
          });
        }
      }
      await this.deps.inbox.add(items);
      if (items.length) this.deps.onEnqueued?.();
      count += items.length;
      if (page['@odata.nextLink']) {
        url = page['@odata.nextLink'];
        continue;
      }
      const deltaLink = page['@odata.deltaLink'];
      if (!deltaLink) throw new Error('delta page without nextLink or deltaLink');
      const row = {
        user_id: userId,
        delta_link: deltaLink,
        window_end: windowEnd,
        updated_at: this.deps.clock.now().toISOString(),
      };
      await this.db
        .insertInto('graph_delta_links')
        .values(row)
        .onConflict((oc) =>
          oc
            .column('user_id')
            .doUpdateSet({ delta_link: deltaLink, window_end: windowEnd, updated_at: row.updated_at }),
        )
        .execute();
      return count;
    }
  }

  async forget(userId: string): Promise<void> {
    await this.db.deleteFrom('graph_delta_links').where('user_id', '=', userId).execute();
  }
}
