// Organiser warnings: one row per warned meeting (series), its fingerprint, deliveries and reminders.
// Timestamps are ISO-8601 UTC text and JSON is text, so SQLite and PostgreSQL run the same queries.
import type { MigrationStep } from './helpers.js';

export const up: MigrationStep = async (db) => {
  await db.schema
    .createTable('warnings')
    // `series:<userId>:<masterId>` or `event:<userId>:<eventId>` (src/app/warnings/subject-key.ts).
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('organizer_id', 'text', (c) => c.notNull())
    .addColumn('organizer_email', 'text')
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('series_master_id', 'text')
    // Redacted by the invite engine; never a credential.
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('start_at', 'text')
    .addColumn('end_at', 'text')
    .addColumn('providers', 'text', (c) => c.notNull())
    .addColumn('options_url', 'text')
    .addColumn('fingerprint', 'text')
    .addColumn('max_severity', 'text')
    // Redacted findings as JSON text.
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    // open | resolved | closed | below-threshold
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('generation', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('notified_fingerprint', 'text')
    .addColumn('notified_findings', 'text')
    .addColumn('notified_at', 'text')
    // warning | resolved: a delivery still to make (deferred by quiet hours or failed).
    .addColumn('pending', 'text')
    // JSON: { teams?: activityId, slack?: "<channel>/<ts>" } of the last warning sent.
    .addColumn('sent_refs', 'text', (c) => c.notNull())
    .addColumn('reminded_fingerprint', 'text')
    .addColumn('snooze_reminded_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('warnings_status_start').on('warnings').columns(['status', 'start_at']).execute();
  await db.schema.createIndex('warnings_organizer').on('warnings').column('organizer_id').execute();
  await db.schema.createIndex('warnings_organizer_email').on('warnings').column('organizer_email').execute();
};
