// Microsoft Graph watcher: monitored users, subscriptions, the notification inbox and delta links.
// Timestamps are ISO-8601 text so SQLite and PostgreSQL run the same queries (string order = time order).
import { type MigrationStep, withId } from './helpers.js';

export const up: MigrationStep = async (db, dialect) => {
  await db.schema
    .createTable('graph_users')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    .addColumn('upn', 'text')
    .addColumn('mail', 'text')
    .addColumn('display_name', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // clientState is a secret: only its SHA-256 is stored; notifications are compared hash to hash in constant time.
  await db.schema
    .createTable('graph_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('resource', 'text', (c) => c.notNull())
    .addColumn('client_state_hash', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('renewed_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('graph_subscriptions_user').on('graph_subscriptions').column('user_id').execute();

  await withId(dialect, db.schema.createTable('graph_inbox'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('change_type', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('event', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('not_before', 'text', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('graph_inbox_ready').on('graph_inbox').columns(['status', 'not_before']).execute();
  await db.schema.createIndex('graph_inbox_event').on('graph_inbox').columns(['user_id', 'event_id']).execute();

  await db.schema
    .createTable('graph_delta_links')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    .addColumn('delta_link', 'text', (c) => c.notNull())
    .addColumn('window_end', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
};
