// The warnings table over Kysely (same queries on SQLite and PostgreSQL). Rows hold only redacted text.
import type { Kysely } from 'kysely';
import type { Database } from '../../adapters/store/schema.js';
import type { Finding, Severity } from '../../domain/findings.js';

export type WarningStatus = 'open' | 'resolved' | 'closed' | 'below-threshold';
export type PendingDelivery = 'warning' | 'resolved';

export interface WarningTable {
  key: string;
  organizer_id: string;
  organizer_email: string | null;
  event_id: string;
  series_master_id: string | null;
  subject: string;
  start_at: string | null;
  end_at: string | null;
  providers: string;
  options_url: string | null;
  fingerprint: string | null;
  max_severity: string | null;
  findings: string;
  note: string | null;
  status: WarningStatus;
  generation: number;
  notified_fingerprint: string | null;
  notified_findings: string | null;
  notified_at: string | null;
  pending: PendingDelivery | null;
  sent_refs: string;
  reminded_fingerprint: string | null;
  snooze_reminded_until: string | null;
  created_at: string;
  updated_at: string;
}

declare module '../../adapters/store/schema.js' {
  interface Database {
    warnings: WarningTable;
  }
}

/** Where the last warning went, to update it ("resolved, thanks"). */
export interface SentRefs {
  teams?: string;
  /** `<channel>/<ts>` */
  slack?: string;
}

export interface WarningRow {
  key: string;
  organizerId: string;
  organizerEmail?: string;
  eventId: string;
  seriesMasterId?: string;
  subject: string;
  startAt?: string;
  endAt?: string;
  providers: string[];
  optionsUrl?: string;
  fingerprint?: string;
  maxSeverity?: Severity;
  findings: Finding[];
  note?: string;
  status: WarningStatus;
  generation: number;
  notifiedFingerprint?: string;
  notifiedFindings?: Finding[];
  notifiedAt?: string;
  pending?: PendingDelivery;
  sentRefs: SentRefs;
  remindedFingerprint?: string;
  snoozeRemindedUntil?: string;
  createdAt: string;
  updatedAt: string;
}

const u = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
const n = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

const fromRow = (r: WarningTable): WarningRow => ({
  key: r.key,
  organizerId: r.organizer_id,
  organizerEmail: u(r.organizer_email),
  eventId: r.event_id,
  seriesMasterId: u(r.series_master_id),
  subject: r.subject,
  startAt: u(r.start_at),
  endAt: u(r.end_at),
  providers: JSON.parse(r.providers) as string[],
  optionsUrl: u(r.options_url),
  fingerprint: u(r.fingerprint),
  maxSeverity: u(r.max_severity) as Severity | undefined,
  findings: JSON.parse(r.findings) as Finding[],
  note: u(r.note),
  status: r.status,
  generation: Number(r.generation),
  notifiedFingerprint: u(r.notified_fingerprint),
  notifiedFindings: r.notified_findings ? (JSON.parse(r.notified_findings) as Finding[]) : undefined,
  notifiedAt: u(r.notified_at),
  pending: u(r.pending),
  sentRefs: JSON.parse(r.sent_refs) as SentRefs,
  remindedFingerprint: u(r.reminded_fingerprint),
  snoozeRemindedUntil: u(r.snooze_reminded_until),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toRow = (w: WarningRow): WarningTable => ({
  key: w.key,
  organizer_id: w.organizerId,
  organizer_email: n(w.organizerEmail?.toLowerCase()),
  event_id: w.eventId,
  series_master_id: n(w.seriesMasterId),
  subject: w.subject,
  start_at: n(w.startAt),
  end_at: n(w.endAt),
  providers: JSON.stringify(w.providers),
  options_url: n(w.optionsUrl),
  fingerprint: n(w.fingerprint),
  max_severity: n(w.maxSeverity),
  findings: JSON.stringify(w.findings),
  note: n(w.note),
  status: w.status,
  generation: w.generation,
  notified_fingerprint: n(w.notifiedFingerprint),
  notified_findings: w.notifiedFindings ? JSON.stringify(w.notifiedFindings) : null,
  notified_at: n(w.notifiedAt),
  pending: n(w.pending),
  sent_refs: JSON.stringify(w.sentRefs),
  reminded_fingerprint: n(w.remindedFingerprint),
  snooze_reminded_until: n(w.snoozeRemindedUntil),
  created_at: w.createdAt,
  updated_at: w.updatedAt,
});

export class WarningRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(key: string): Promise<WarningRow | undefined> {
    const row = await this.db.selectFrom('warnings').selectAll().where('key', '=', key).executeTakeFirst();
    return row && fromRow(row);
  }

  async save(warning: WarningRow): Promise<void> {
    const row = toRow(warning);
    const { key: _key, created_at: _created, ...update } = row;
    await this.db
      .insertInto('warnings')
      .values(row)
      .onConflict((oc) => oc.column('key').doUpdateSet(update))
      .execute();
  }

  /** Open warnings of an organiser, by Graph user id (= Teams aadObjectId) or e-mail (Slack). */
  async openFor(who: { organizerId?: string; email?: string }): Promise<WarningRow[]> {
    if (!who.organizerId && !who.email) return [];
    const rows = await this.db
      .selectFrom('warnings')
      .selectAll()
      .where('status', '=', 'open')
      .where((eb) =>
        eb.or([
          ...(who.organizerId ? [eb('organizer_id', '=', who.organizerId)] : []),
          ...(who.email ? [eb('organizer_email', '=', who.email.toLowerCase())] : []),
        ]),
      )
      .orderBy('start_at', 'asc')
      .limit(50)
      .execute();
    return rows.map(fromRow);
  }

  /** Open warnings whose meeting has not started yet (reminders, deferred deliveries, ended snoozes). */
  async openUpcoming(now: string, limit = 500): Promise<WarningRow[]> {
    const rows = await this.db
      .selectFrom('warnings')
      .selectAll()
      .where('status', 'in', ['open', 'resolved'])
      .where((eb) => eb.or([eb('start_at', '>', now), eb('start_at', 'is', null), eb('pending', 'is not', null)]))
      .orderBy('start_at', 'asc')
      .limit(limit)
      .execute();
    return rows.map(fromRow);
  }

  /** When a decision on a key was last made (the decisions port does not expose it). */
  async decidedAt(key: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('warning_decisions')
      .select('created_at')
      .where('key', '=', key)
      .executeTakeFirst();
    return row?.created_at;
  }
}
