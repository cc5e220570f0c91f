// The Store ports over Kysely: the same queries on SQLite and PostgreSQL.
import type { Kysely } from 'kysely';
import type {
  AuditEntry,
  AuditRepository,
  Clock,
  ConversationRepository,
  DecisionRepository,
  DeliveryRecord,
  DeliveryRepository,
  Store,
  StoredConversation,
  WarningDecision,
} from '../../app/ports.js';
import { systemClock } from '../../app/ports.js';
import { type OpenDatabase, openDatabase } from './database.js';
import { ping } from './migrations.js';
import type { ConversationRefTable, Database, DeliveryTable } from './schema.js';

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const orUndefined = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

const toConversation = (row: ConversationRefTable): StoredConversation => ({
  key: row.key,
  kind: row.kind,
  aadObjectId: orUndefined(row.aad_object_id),
  userId: orUndefined(row.user_id),
  tenantId: orUndefined(row.tenant_id),
  teamId: orUndefined(row.team_id),
  channelId: orUndefined(row.channel_id),
  serviceUrl: row.service_url,
  reference: JSON.parse(row.reference),
  updatedAt: row.updated_at,
});

class SqlConversations implements ConversationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async save(c: StoredConversation): Promise<void> {
    const row: ConversationRefTable = {
      key: c.key,
      kind: c.kind,
      aad_object_id: orNull(c.aadObjectId),
      user_id: orNull(c.userId),
      tenant_id: orNull(c.tenantId),
      team_id: orNull(c.teamId),
      channel_id: orNull(c.channelId),
      service_url: c.serviceUrl,
      reference: JSON.stringify(c.reference),
      updated_at: c.updatedAt,
    };
    const { key: _key, ...update } = row;
    await this.db
      .insertInto('conversation_refs')
      .values(row)
      .onConflict((oc) => oc.column('key').doUpdateSet(update))
      .execute();
  }

  async remove(key: string): Promise<void> {
    await this.db.deleteFrom('conversation_refs').where('key', '=', key).execute();
  }

  async get(key: string): Promise<StoredConversation | undefined> {
    const row = await this.db.selectFrom('conversation_refs').selectAll().where('key', '=', key).executeTakeFirst();
    return row && toConversation(row);
  }

  async anyOfTenant(tenantId: string | undefined): Promise<StoredConversation | undefined> {
    let q = this.db.selectFrom('conversation_refs').selectAll().orderBy('updated_at', 'desc').limit(1);
    if (tenantId) q = q.where('tenant_id', '=', tenantId);
    const row = await q.executeTakeFirst();
    return row && toConversation(row);
  }

  async memberIdOf(aadObjectId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('conversation_refs')
      .select('user_id')
      .where('aad_object_id', '=', aadObjectId)
      .where('user_id', 'is not', null)
      .orderBy('updated_at', 'desc')
      .executeTakeFirst();
    return row?.user_id ?? undefined;
  }
}

const toDelivery = (
  row: Pick<DeliveryTable, 'status' | 'attempts' | 'message_ref'> & { id: number },
): DeliveryRecord => ({
  id: row.id,
  status: row.status,
  attempts: row.attempts,
  messageRef: orUndefined(row.message_ref),
});

class SqlDeliveries implements DeliveryRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
  ) {}

  async begin(input: { channel: string; target: string; kind: string; dedupeKey?: string }) {
    const now = this.clock.now().toISOString();
    const inserted = await this.db
      .insertInto('deliveries')
      .values({
        channel: input.channel,
        target: input.target,
        kind: input.kind,
        dedupe_key: orNull(input.dedupeKey),
        status: 'pending',
        attempts: 0,
        message_ref: null,
        last_error: null,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .returning(['id', 'status', 'attempts', 'message_ref'])
      .executeTakeFirst();
    if (inserted) return { record: toDelivery(inserted), existing: false };
    const existing = await this.byKey(input.dedupeKey as string);
    if (!existing) throw new Error('delivery claim lost: no row for its key');
    return { record: existing, existing: true };
  }

  async reclaimStale(id: number, staleBefore: string): Promise<boolean> {
    const result = await this.db
      .updateTable('deliveries')
      .set({ updated_at: this.clock.now().toISOString() })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .where('updated_at', '<', staleBefore)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async abandonPending(reason: string): Promise<number> {
    const result = await this.db
      .updateTable('deliveries')
      .set({ status: 'failed', last_error: reason, updated_at: this.clock.now().toISOString() })
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async markSent(id: number, attempts: number, messageRef?: string): Promise<void> {
    await this.db
      .updateTable('deliveries')
      .set({
        status: 'sent',
        attempts,
        message_ref: orNull(messageRef),
        last_error: null,
        updated_at: this.clock.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
  }

  async markFailed(id: number, attempts: number, error: string): Promise<void> {
    await this.db
      .updateTable('deliveries')
      .set({ status: 'failed', attempts, last_error: error.slice(0, 500), updated_at: this.clock.now().toISOString() })
      .where('id', '=', id)
      .execute();
  }

  async byKey(dedupeKey: string): Promise<DeliveryRecord | undefined> {
    const row = await this.db
      .selectFrom('deliveries')
      .select(['id', 'status', 'attempts', 'message_ref'])
      .where('dedupe_key', '=', dedupeKey)
      .executeTakeFirst();
    return row && toDelivery(row);
  }
}

class SqlDecisions implements DecisionRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
  ) {}

  async set(key: string, decision: WarningDecision, until: string | undefined, actor: string): Promise<void> {
    const row = { key, decision, until: orNull(until), actor, created_at: this.clock.now().toISOString() };
    const { key: _key, ...update } = row;
    await this.db
      .insertInto('warning_decisions')
      .values(row)
      .onConflict((oc) => oc.column('key').doUpdateSet(update))
      .execute();
  }

  async get(key: string) {
    const row = await this.db.selectFrom('warning_decisions').selectAll().where('key', '=', key).executeTakeFirst();
    return row && { decision: row.decision, until: orUndefined(row.until), actor: row.actor };
  }
}

class SqlAudit implements AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(e: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({ ...e, detail: orNull(e.detail) })
      .execute();
  }

  async list(limit = 100): Promise<AuditEntry[]> {
    const rows = await this.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(limit).execute();
    return rows.map(({ id: _id, detail, ...r }) => ({ ...r, detail: orUndefined(detail) }));
  }
}

export class SqlStore implements Store {
  readonly conversations: ConversationRepository;
  readonly deliveries: DeliveryRepository;
  readonly decisions: DecisionRepository;
  readonly audit: AuditRepository;

  constructor(
    readonly database: OpenDatabase,
    clock: Clock = systemClock,
  ) {
    const { db } = database;
    this.conversations = new SqlConversations(db);
    this.deliveries = new SqlDeliveries(db, clock);
    this.decisions = new SqlDecisions(db, clock);
    this.audit = new SqlAudit(db);
  }

  ping(): Promise<void> {
    return ping(this.database.db as Kysely<unknown>);
  }

  close(): Promise<void> {
    return this.database.close();
  }
}

export async function openStore(url: string, options: { cwd?: string; clock?: Clock } = {}): Promise<SqlStore> {
  return new SqlStore(await openDatabase(url, options.cwd), options.clock);
}
