// Ports: what the use cases need from the outside world. Adapters (store, Teams, Slack, Graph) implement them.

/** A place the bot can message proactively in Teams: a personal chat or a team channel. */
export interface StoredConversation {
  key: string;
  kind: 'personal' | 'channel' | 'groupChat';
  aadObjectId?: string;
  userId?: string;
  tenantId?: string;
  teamId?: string;
  channelId?: string;
  serviceUrl: string;
  /** Opaque to the app: the platform's conversation reference. */
  reference: unknown;
  updatedAt: string;
}

export interface ConversationRepository {
  save(conversation: StoredConversation): Promise<void>;
  remove(key: string): Promise<void>;
  get(key: string): Promise<StoredConversation | undefined>;
  /** Any stored conversation of this tenant (to learn its serviceUrl for a new 1:1 chat). */
  anyOfTenant(tenantId: string | undefined): Promise<StoredConversation | undefined>;
  /** Teams member id (`29:…`) of a user seen in any conversation, when known. */
  memberIdOf(aadObjectId: string): Promise<string | undefined>;
}

export interface DeliveryRecord {
  id: number;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  messageRef?: string;
}

export interface DeliveryRepository {
  /** Claims a delivery by its idempotency key; `existing` tells it was claimed before (sent or still pending). */
  begin(input: {
    channel: string;
    target: string;
    kind: string;
    dedupeKey?: string;
  }): Promise<{ record: DeliveryRecord; existing: boolean }>;
  /**
   * Takes over a delivery left `pending` since before `staleBefore` (its sender died mid-way). True for exactly one
   * caller; the delivery is then sent again (at least once, rather than lost).
   */
  reclaimStale(id: number, staleBefore: string): Promise<boolean>;
  /** Marks every pending delivery failed (so it is retried): at start-up of the only process (SQLite). */
  abandonPending(reason: string): Promise<number>;
  markSent(id: number, attempts: number, messageRef?: string): Promise<void>;
  markFailed(id: number, attempts: number, error: string): Promise<void>;
  byKey(dedupeKey: string): Promise<DeliveryRecord | undefined>;
}

export type WarningDecision = 'dismissed' | 'snoozed' | 'intended';

export interface DecisionRepository {
  set(key: string, decision: WarningDecision, until: string | undefined, actor: string): Promise<void>;
  get(key: string): Promise<{ decision: WarningDecision; until?: string; actor: string } | undefined>;
}

export interface AuditEntry {
  at: string;
  actor: string;
  platform: string;
  action: string;
  target: string;
  outcome: 'ok' | 'refused' | 'failed';
  detail?: string;
}

export interface AuditRepository {
  record(entry: AuditEntry): Promise<void>;
  list(limit?: number): Promise<AuditEntry[]>;
}

export interface Store {
  conversations: ConversationRepository;
  deliveries: DeliveryRepository;
  decisions: DecisionRepository;
  audit: AuditRepository;
  /** Throws when the store does not answer (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The clock, injectable so tests control time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
