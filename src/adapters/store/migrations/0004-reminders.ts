// Scheduled policy reminders: one row per schedule (from the policy file or an admin's chat command).
import type { MigrationStep } from './helpers.js';

export const up: MigrationStep = async (db) => {
  await db.schema
    .createTable('reminder_schedules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cron', 'text', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('teams_team_id', 'text')
    .addColumn('teams_channel_id', 'text')
    .addColumn('slack_channel', 'text')
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('last_fired_at', 'text')
    .execute();
};
