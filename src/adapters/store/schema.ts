// Table types for Kysely. Timestamps are ISO-8601 text and JSON is text, so SQLite and PostgreSQL run the same queries.
import type { Generated } from 'kysely';

export interface ConversationRefTable {
  /** `user:<aadObjectId>` for personal chats, `channel:<teamId>:<channelId>` for team channels, `chat:<id>` otherwise. */
  key: string;
  kind: 'personal' | 'channel' | 'groupChat';
  aad_object_id: string | null;
  user_id: string | null;
  tenant_id: string | null;
  team_id: string | null;
  channel_id: string | null;
  service_url: string;
  /** The botbuilder ConversationReference as JSON. */
  reference: string;
  updated_at: string;
}

export interface DeliveryTable {
  id: Generated<number>;
  /** `teams` | `slack`. */
  channel: string;
  /** Who or where: `user:<aadObjectId>`, `channel:<teamId>:<channelId>`, `slack:<userId|channelId>`. */
  target: string;
  /** `warning` | `reminder` | `resolved` | `policy-reminder` | … */
  kind: string;
  /** Makes a delivery idempotent: the same key is delivered once. */
  dedupe_key: string | null;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  /** Platform message id (Teams activity id / Slack ts) once sent, to update the message later. */
  message_ref: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface WarningDecisionTable {
  /** The warning subject (series or event key) and, when narrower, a rule: `<subjectKey>` or `<subjectKey>#<rule>`. */
  key: string;
  decision: 'dismissed' | 'snoozed' | 'intended';
  until: string | null;
  actor: string;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  platform: string;
  action: string;
  target: string;
  outcome: 'ok' | 'refused' | 'failed';
  detail: string | null;
}

export interface Database {
  conversation_refs: ConversationRefTable;
  deliveries: DeliveryTable;
  warning_decisions: WarningDecisionTable;
  audit_log: AuditLogTable;
}
