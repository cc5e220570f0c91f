// The Graph watcher's tables (migration 0002-graph.ts), added to the store's Database type.
import type { Generated } from 'kysely';

export interface GraphUserTable {
  user_id: string;
  upn: string | null;
  mail: string | null;
  display_name: string | null;
  /** `list` (GRAPH_MONITORED_USERS) or `group` (GRAPH_MONITORED_GROUP_ID). */
  source: string;
  updated_at: string;
}

export interface GraphSubscriptionTable {
  /** Graph's subscription id. */
  id: string;
  user_id: string;
  resource: string;
  /** hex SHA-256 of the clientState secret; the secret itself is never stored. */
  client_state_hash: string;
  /** As returned by Graph (trusted over what we asked for). */
  expires_at: string;
  renewed_at: string;
  created_at: string;
}

export type InboxChangeType = 'created' | 'updated' | 'deleted' | 'reconciled';

export interface GraphInboxTable {
  id: Generated<number>;
  user_id: string;
  event_id: string;
  change_type: InboxChangeType;
  /** `notification` | `delta`. */
  source: string;
  /** The event as delta returned it (JSON), when complete enough to review without a fetch. */
  event: string | null;
  /** `pending` (leased when lease_until is in the future) or `failed` (gave up). Done rows are deleted. */
  status: 'pending' | 'failed';
  attempts: number;
  /** Not claimed before this time: a short settle so Graph's duplicate notifications coalesce, then backoff. */
  not_before: string;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  received_at: string;
}

export interface GraphDeltaLinkTable {
  user_id: string;
  delta_link: string;
  /** End of the calendarView window the link was opened for. */
  window_end: string;
  updated_at: string;
}

declare module '../store/schema.js' {
  interface Database {
    graph_users: GraphUserTable;
    graph_subscriptions: GraphSubscriptionTable;
    graph_inbox: GraphInboxTable;
    graph_delta_links: GraphDeltaLinkTable;
  }
}
