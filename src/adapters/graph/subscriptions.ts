// Change-notification subscriptions on `users/{id}/events`, one per monitored user: created with a fresh clientState,
// renewed at half-life, recreated when Graph has dropped them, removed for users no longer watched.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Kysely } from 'kysely';
import type { Clock } from '../../app/ports.js';
import type { Logger, SecretRedactor } from '../../observability/logger.js';
import type { Database } from '../store/schema.js';
import { clientStateMatches, hashClientState, newClientState } from './client-state.js';
import { graphFailure } from './graph-client.js';
import type { GraphSubscriptionTable } from './graph-tables.js';

/** Outlook events: at most 4,230 minutes (facts/graph.md §1). Ask a little less so clock skew never exceeds it. */
export const REQUESTED_LIFETIME_MINUTES = 4200;

export const NOTIFICATIONS_PATH = '/api/graph/notifications';
export const LIFECYCLE_PATH = '/api/graph/lifecycle';

export type Verification =
  | { ok: true; userId: string }
  | { ok: false; reason: 'unknown_subscription' | 'client_state_mismatch' };

interface GraphSubscription {
  id: string;
  expirationDateTime: string;
}

export interface SubscriptionDeps {
  client: Client;
  clock: Clock;
  logger: Logger;
  redactor: SecretRedactor;
  /** Public https base of this service (GRAPH_NOTIFICATION_URL); without it there are no subscriptions. */
  notificationUrl?: string;
}

const resourceOf = (userId: string) => `users/${userId}/events`;

/** Renew once less than half of the lifetime Graph granted is left. */
export const renewAt = (s: Pick<GraphSubscriptionTable, 'renewed_at' | 'expires_at'>): number => {
  const from = Date.parse(s.renewed_at);
  const to = Date.parse(s.expires_at);
  return from + (to - from) / 2;
};

export class Subscriptions {
  private readonly known = new Map<string, { userId: string; hash: string }>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly deps: SubscriptionDeps,
  ) {}

  get enabled(): boolean {
    return Boolean(this.deps.notificationUrl);
  }

  private expiry(): string {
    return new Date(this.deps.clock.now().getTime() + REQUESTED_LIFETIME_MINUTES * 60_000).toISOString();
  }

  async list(): Promise<GraphSubscriptionTable[]> {
    return this.db.selectFrom('graph_subscriptions').selectAll().orderBy('user_id').execute();
  }

  /** Checks a notification's subscription and clientState. Unknown ids are looked up (another replica made them). */
  async verify(subscriptionId: string, clientState: string | undefined): Promise<Verification> {
    let entry = this.known.get(subscriptionId);
    if (!entry) {
      const row = await this.db
        .selectFrom('graph_subscriptions')
        .select(['user_id', 'client_state_hash'])
        .where('id', '=', subscriptionId)
        .executeTakeFirst();
      if (!row) return { ok: false, reason: 'unknown_subscription' };
      entry = { userId: row.user_id, hash: row.client_state_hash };
      this.known.set(subscriptionId, entry);
    }
    return clientStateMatches(clientState, entry.hash)
      ? { ok: true, userId: entry.userId }
      : { ok: false, reason: 'client_state_mismatch' };
  }

  /** POST /subscriptions; Graph validates both URLs with a handshake before answering 201. */
  async create(userId: string): Promise<GraphSubscriptionTable> {
    const base = this.deps.notificationUrl;
    if (!base) throw new Error('GRAPH_NOTIFICATION_URL is not set');
    const clientState = newClientState();
    this.deps.redactor.add(clientState);
    const created = (await this.deps.client.api('/subscriptions').post({
      changeType: 'created,updated,deleted',
      notificationUrl: `${base}${NOTIFICATIONS_PATH}`,
      lifecycleNotificationUrl: `${base}${LIFECYCLE_PATH}`,
      resource: resourceOf(userId),
      expirationDateTime: this.expiry(),
      clientState,
    })) as GraphSubscription;
    const now = this.deps.clock.now().toISOString();
    const row: GraphSubscriptionTable = {
      id: created.id,
      user_id: userId,
      resource: resourceOf(userId),
      client_state_hash: hashClientState(clientState),
      // Trust what Graph granted, not what we asked (facts/graph.md §1 "Maximum lifetime").
      expires_at: new Date(created.expirationDateTime).toISOString(),
      renewed_at: now,
      created_at: now,
    };
    await this.db.insertInto('graph_subscriptions').values(row).execute();
    this.known.set(row.id, { userId, hash: row.client_state_hash });
    this.deps.logger.info({ subscriptionId: row.id, userId, expiresAt: row.expires_at }, 'graph subscription created');
    return row;
  }

  private async forget(id: string): Promise<void> {
    this.known.delete(id);
    await this.db.deleteFrom('graph_subscriptions').where('id', '=', id).execute();
  }

  /** Deletes at Graph (a 404 means it is gone already) and here. */
  async remove(id: string): Promise<void> {
    try {
      await this.deps.client.api(`/subscriptions/${encodeURIComponent(id)}`).delete();
    } catch (err) {
      if (graphFailure(err).status !== 404) throw err;
    }
    await this.forget(id);
  }

  /** PATCH a new expiry; a 404 means Graph deleted it already → create a new one (facts/graph.md §1 "Renewal"). */
  async renew(row: GraphSubscriptionTable): Promise<GraphSubscriptionTable> {
    try {
      const renewed = (await this.deps.client
        .api(`/subscriptions/${encodeURIComponent(row.id)}`)
        .patch({ expirationDateTime: this.expiry() })) as GraphSubscription;
      const update = {
        expires_at: new Date(renewed.expirationDateTime).toISOString(),
        renewed_at: this.deps.clock.now().toISOString(),
      };
      await this.db.updateTable('graph_subscriptions').set(update).where('id', '=', row.id).execute();
      this.deps.logger.info({ subscriptionId: row.id, expiresAt: update.expires_at }, 'graph subscription renewed');
      return { ...row, ...update };
    } catch (err) {
      if (graphFailure(err).status !== 404) throw err;
      this.deps.logger.warn({ subscriptionId: row.id }, 'graph subscription gone on renewal; creating a new one');
      await this.forget(row.id);
      return this.create(row.user_id);
    }
  }

  /** reauthorizationRequired: POST …/reauthorize, or renew by PATCH when that fails (facts/graph.md §1). */
  async reauthorize(id: string): Promise<void> {
    const row = await this.byId(id);
    if (!row) return;
    try {
      await this.deps.client.api(`/subscriptions/${encodeURIComponent(id)}/reauthorize`).post(undefined);
      this.deps.logger.info({ subscriptionId: id }, 'graph subscription reauthorized');
    } catch (err) {
      this.deps.logger.warn({ subscriptionId: id, status: graphFailure(err).status }, 'reauthorize failed; renewing');
      await this.renew(row);
    }
  }

  /** subscriptionRemoved: Graph dropped it; make a new one for the same user. */
  async recreate(id: string): Promise<string | undefined> {
    const row = await this.byId(id);
    if (!row) return undefined;
    await this.forget(id);
    await this.create(row.user_id);
    return row.user_id;
  }

  async byId(id: string): Promise<GraphSubscriptionTable | undefined> {
    return this.db.selectFrom('graph_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /**
   * Makes the stored set match the users: creates missing (or expired) ones, renews those past half-life, removes
   * those of users no longer watched. Per-user failures are logged and retried on the next pass.
   * Returns the users whose subscription is new (they may have missed changes: reconcile them).
   */
  async reconcile(userIds: string[]): Promise<{ created: string[]; failed: number }> {
    const wanted = new Set(userIds);
    const now = this.deps.clock.now().getTime();
    const created: string[] = [];
    let failed = 0;
    const have = new Set<string>();
    for (const row of await this.list()) {
      try {
        if (!wanted.has(row.user_id) || have.has(row.user_id)) {
          await this.remove(row.id);
        } else if (Date.parse(row.expires_at) <= now) {
          // Expired: Graph has deleted it; no PATCH can revive it.
          await this.forget(row.id);
        } else {
          have.add(row.user_id);
          if (renewAt(row) <= now) {
            const renewed = await this.renew(row);
            if (renewed.id !== row.id) created.push(row.user_id);
          }
        }
      } catch (err) {
        failed++;
        if (!have.has(row.user_id) && wanted.has(row.user_id)) have.add(row.user_id);
        this.deps.logger.warn(
          { subscriptionId: row.id, userId: row.user_id, error: graphFailure(err) },
          'graph subscription upkeep failed; will retry',
        );
      }
    }
    for (const userId of userIds) {
      if (have.has(userId)) continue;
      try {
        await this.create(userId);
        created.push(userId);
      } catch (err) {
        failed++;
        this.deps.logger.warn(
          { userId, error: graphFailure(err) },
          'graph subscription could not be created; will retry',
        );
      }
    }
    return { created, failed };
  }
}
