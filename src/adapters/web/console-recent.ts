// The console's "recent activity" panel: the latest proactive deliveries and admin audit entries. Read-only, and
// only columns that are safe to show: no dedupe keys, no platform message references, no error texts (an upstream
// error may quote a request), and never a token or a detected credential (neither is ever stored).
import type { SqlStore } from '../store/sql-store.js';

export interface RecentDelivery {
  id: number;
  channel: string;
  kind: string;
  status: string;
  attempts: number;
  createdAt: string;
  updatedAt: string;
}

export interface RecentAudit {
  at: string;
  actor: string;
  platform: string;
  action: string;
  target: string;
  outcome: string;
  detail?: string;
}

export interface RecentActivity {
  deliveries: RecentDelivery[];
  audit: RecentAudit[];
}

const DETAIL_MAX = 200;

export async function readRecentActivity(store: SqlStore, limit = 20): Promise<RecentActivity> {
  const rows = await store.database.db
    .selectFrom('deliveries')
    .select(['id', 'channel', 'kind', 'status', 'attempts', 'created_at', 'updated_at'])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  const audit = await store.audit.list(limit);
  return {
    deliveries: rows.map((r) => ({
      id: Number(r.id),
      channel: r.channel,
      kind: r.kind,
      status: r.status,
      attempts: r.attempts,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    })),
    audit: audit.map((e) => ({
      at: e.at,
      actor: e.actor,
      platform: e.platform,
      action: e.action,
      target: e.target,
      outcome: e.outcome,
      ...(e.detail ? { detail: e.detail.slice(0, DETAIL_MAX) } : {}),
    })),
  };
}
