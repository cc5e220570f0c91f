// Conversation references, deliveries, warning decisions and the audit log.
import { type MigrationStep, withId } from './helpers.js';

export const up: MigrationStep = async (db, dialect) => {
  await db.schema
    .createTable('conversation_refs')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('aad_object_id', 'text')
    .addColumn('user_id', 'text')
    .addColumn('tenant_id', 'text')
    .addColumn('team_id', 'text')
    .addColumn('channel_id', 'text')
    .addColumn('service_url', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('conversation_refs_aad').on('conversation_refs').column('aad_object_id').execute();

  await withId(dialect, db.schema.createTable('deliveries'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('message_ref', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('warning_decisions')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('until', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(dialect, db.schema.createTable('audit_log'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .execute();
};
