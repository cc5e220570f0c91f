// Persisted reminder schedules. Firing is claimed with a conditional update, so each occurrence is posted once even
// with several replicas or a restart in between (the row's last_fired_at only moves forward, by one writer).
import type { Kysely } from 'kysely';

export interface ReminderScheduleTable {
  id: string;
  cron: string;
  timezone: string;
  topic: string;
  teams_team_id: string | null;
  teams_channel_id: string | null;
  slack_channel: string | null;
  origin: 'policy' | 'chat';
  created_by: string;
  created_at: string;
  active: number;
  last_fired_at: string | null;
}

declare module '../../adapters/store/schema.js' {
  interface Database {
    reminder_schedules: ReminderScheduleTable;
  }
}

import type { Database } from '../../adapters/store/schema.js';

export interface ReminderSchedule {
  id: string;
  cron: string;
  timezone: string;
  topic: string;
  teams?: { teamId: string; channelId: string };
  slack?: { channel: string };
  origin: 'policy' | 'chat';
  createdBy: string;
  createdAt: string;
  active: boolean;
  lastFiredAt?: string;
}

const toSchedule = (r: ReminderScheduleTable): ReminderSchedule => ({
  id: r.id,
  cron: r.cron,
  timezone: r.timezone,
  topic: r.topic,
  teams: r.teams_team_id && r.teams_channel_id ? { teamId: r.teams_team_id, channelId: r.teams_channel_id } : undefined,
  slack: r.slack_channel ? { channel: r.slack_channel } : undefined,
  origin: r.origin,
  createdBy: r.created_by,
  createdAt: r.created_at,
  active: r.active === 1,
  lastFiredAt: r.last_fired_at ?? undefined,
});

export class ScheduleRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts or, for policy schedules, refreshes the definition while keeping when it last fired. */
  async upsert(s: Omit<ReminderSchedule, 'lastFiredAt'>): Promise<void> {
    const row = {
      id: s.id,
      cron: s.cron,
      timezone: s.timezone,
      topic: s.topic,
      teams_team_id: s.teams?.teamId ?? null,
      teams_channel_id: s.teams?.channelId ?? null,
      slack_channel: s.slack?.channel ?? null,
      origin: s.origin,
      created_by: s.createdBy,
      created_at: s.createdAt,
      active: s.active ? 1 : 0,
      last_fired_at: null,
    };
    const { id: _id, last_fired_at: _last, created_at: _created, ...update } = row;
    await this.db
      .insertInto('reminder_schedules')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(update))
      .execute();
  }

  async get(id: string): Promise<ReminderSchedule | undefined> {
    const row = await this.db.selectFrom('reminder_schedules').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toSchedule(row);
  }

  async active(): Promise<ReminderSchedule[]> {
    const rows = await this.db
      .selectFrom('reminder_schedules')
      .selectAll()
      .where('active', '=', 1)
      .orderBy('id')
      .execute();
    return rows.map(toSchedule);
  }

  async deactivate(id: string): Promise<boolean> {
    const result = await this.db
      .updateTable('reminder_schedules')
      .set({ active: 0 })
      .where('id', '=', id)
      .where('active', '=', 1)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Deactivates policy schedules no longer in the policy file. */
  async retirePolicySchedulesExcept(ids: string[]): Promise<void> {
    let q = this.db.updateTable('reminder_schedules').set({ active: 0 }).where('origin', '=', 'policy');
    if (ids.length) q = q.where('id', 'not in', ids);
    await q.execute();
  }

  /** Claims an occurrence: true for exactly one caller per (schedule, occurrence). */
  async claimOccurrence(id: string, occurrence: string, previous: string | undefined): Promise<boolean> {
    let q = this.db
      .updateTable('reminder_schedules')
      .set({ last_fired_at: occurrence })
      .where('id', '=', id)
      .where('active', '=', 1);
    q = previous === undefined ? q.where('last_fired_at', 'is', null) : q.where('last_fired_at', '=', previous);
    const result = await q.executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
