// Admin policy reminders: post now, schedule (cron + time zone), list, cancel — with role checks and an audit trail —
// and fire schedules exactly once per occurrence (a claimed update per occurrence; deliveries keyed by occurrence).
import { randomBytes } from 'node:crypto';
import { Cron } from 'croner';
import type { BotMessage } from '../../domain/message.js';
import type { Policy } from '../../domain/policy/schema.js';
import type { Logger } from '../../observability/logger.js';
import type { Metrics } from '../../observability/metrics.js';
import type { AdminCommand, AdminCommands } from '../admin.js';
import { type DeliveryOutcome, deliverOnce, type SendResult } from '../deliver.js';
import type { AuditRepository, Clock, DeliveryRepository } from '../ports.js';
import { parseAdminArgs } from './parse-admin-args.js';
import type { ReminderSchedule, ScheduleRepository } from './schedule-repository.js';
import type { TopicResolver } from './topics.js';

export interface ReminderTargets {
  teams?: { sendToChannel(teamId: string, channelId: string, message: BotMessage): Promise<SendResult> };
  slack?: () => { sendToChannel(channel: string, message: BotMessage): Promise<SendResult> } | undefined;
}

export interface ReminderServiceDeps {
  schedules: ScheduleRepository;
  deliveries: DeliveryRepository;
  audit: AuditRepository;
  policy: Policy;
  resolveTopic: TopicResolver;
  targets: ReminderTargets;
  clock: Clock;
  logger: Logger;
  metrics?: Metrics;
  /** Entra group membership, when the Graph watcher is on (for `admins.teamsGroupId`). */
  groupMembership?: () => ((userId: string, groupId: string) => Promise<boolean>) | undefined;
  /** Occurrences missed while the service was down are posted once if they are at most this old. */
  graceMs?: number;
}

const DEFAULT_GRACE_MS = 6 * 3_600_000;

const notice = (title: string, text: string): BotMessage => ({ kind: 'notice', title, text });

export class ReminderService implements AdminCommands {
  private timer?: NodeJS.Timeout;
  private firing?: Promise<number>;

  constructor(private readonly deps: ReminderServiceDeps) {}

  /** Admins are named in the policy (Teams aadObjectId or UPN, Slack user id), or, in Teams, members of its group. */
  async isAdmin(command: Pick<AdminCommand, 'platform' | 'actor'>): Promise<boolean> {
    const { admins } = this.deps.policy;
    const listed = command.platform === 'teams' ? admins.teams : admins.slack;
    const ids = [command.actor.id, command.actor.upn]
      .filter((v): v is string => Boolean(v))
      .map((v) => v.toLowerCase());
    if (listed.some((a) => ids.includes(a.toLowerCase()))) return true;
    const isMember = this.deps.groupMembership?.();
    if (command.platform !== 'teams' || !admins.teamsGroupId || !isMember) return false;
    try {
      return await isMember(command.actor.id, admins.teamsGroupId);
    } catch (err) {
      this.deps.logger.warn(
        { err: { message: (err as Error).message } },
        'admin group check failed; treated as not an admin',
      );
      return false;
    }
  }

  async handle(command: AdminCommand): Promise<BotMessage> {
    const audit = (outcome: 'ok' | 'refused' | 'failed', target: string, detail?: string) =>
      this.deps.audit.record({
        at: this.deps.clock.now().toISOString(),
        actor: command.actor.upn ?? command.actor.id,
        platform: command.platform,
        action: command.command,
        target,
        outcome,
        detail,
      });
    const where =
      command.platform === 'teams'
        ? (command.where.channelId ?? 'chat')
        : (command.where.slackChannel ?? command.where.channelId ?? 'dm');
    if (!(await this.isAdmin(command))) {
      await audit('refused', where, 'not an admin');
      return notice(
        'Only admins can do that',
        `Posting and scheduling policy reminders is limited to the admins named in the policy. Ask your security team if you need a reminder posted. (Your request was recorded.)`,
      );
    }
    const parsed = parseAdminArgs(command);
    if ('error' in parsed) {
      await audit('failed', where, parsed.error);
      return notice('I could not read that command', parsed.error);
    }
    switch (parsed.command) {
      case 'remind': {
        const message = this.deps.resolveTopic(parsed.topic);
        if (!message) {
          await audit('failed', where, `unknown topic ${parsed.topic}`);
          return this.unknownTopic(parsed.topic);
        }
        const outcomes = await this.post({ teams: parsed.teams, slack: parsed.slack }, message, undefined);
        const failed = outcomes.filter((o) => o.status === 'failed');
        await audit(failed.length ? 'failed' : 'ok', parsed.label, `topic ${parsed.topic}`);
        return failed.length
          ? notice(
              'The reminder could not be posted',
              failed.map((f) => (f.status === 'failed' ? f.error : '')).join('; '),
            )
          : notice('Reminder posted', `Posted "${message.title}" to ${parsed.label}.`);
      }
      case 'schedule': {
        if (!this.deps.resolveTopic(parsed.topic)) {
          await audit('failed', where, `unknown topic ${parsed.topic}`);
          return this.unknownTopic(parsed.topic);
        }
        const id = `r-${randomBytes(3).toString('hex')}`;
        const now = this.deps.clock.now();
        await this.deps.schedules.upsert({
          id,
          cron: parsed.cron,
          timezone: parsed.timezone,
          topic: parsed.topic,
          teams: parsed.teams,
          slack: parsed.slack,
          origin: 'chat',
          createdBy: command.actor.upn ?? command.actor.id,
          createdAt: now.toISOString(),
          active: true,
        });
        const next = new Cron(parsed.cron, { timezone: parsed.timezone, paused: true }).nextRun(now);
        await audit('ok', parsed.label, `schedule ${id} "${parsed.cron}" ${parsed.timezone} topic ${parsed.topic}`);
        return notice(
          `Scheduled reminder ${id}`,
          `"${parsed.topic}" will be posted to ${parsed.label} on "${parsed.cron}" (${parsed.timezone}). Next: ${next ? next.toISOString().replace('T', ' ').slice(0, 16) : 'never'} UTC. Cancel with: cancel ${id}`,
        );
      }
      case 'reminders': {
        const list = await this.deps.schedules.active();
        await audit('ok', where, `${list.length} listed`);
        if (!list.length)
          return notice('No scheduled reminders', 'Schedule one with: schedule "0 9 * * MON" organiser Europe/London');
        return {
          kind: 'notice',
          title: `${list.length} scheduled reminder${list.length === 1 ? '' : 's'}`,
          checklist: list.map(
            (s) =>
              `${s.id}: "${s.cron}" ${s.timezone}, topic ${s.topic} → ${this.label(s)}${s.origin === 'policy' ? ' (policy file)' : ''}`,
          ),
        };
      }
      case 'cancel': {
        const schedule = await this.deps.schedules.get(parsed.id);
        if (!schedule?.active) {
          await audit('failed', parsed.id, 'no such active reminder');
          return notice('No such reminder', `There is no active reminder '${parsed.id}'. List them with: reminders`);
        }
        await this.deps.schedules.deactivate(parsed.id);
        await audit(
          'ok',
          parsed.id,
          schedule.origin === 'policy' ? 'policy reminder cancelled until the policy is reloaded' : undefined,
        );
        return notice('Reminder cancelled', `Reminder ${parsed.id} will not be posted any more.`);
      }
    }
  }

  private unknownTopic(topic: string): BotMessage {
    return notice(
      'Unknown reminder topic',
      `'${topic}' is not a topic I know. Use staff, organiser or admin (the checklists), a guidance topic such as lobby or passwords, or a policy text named in the policy file.`,
    );
  }

  private label(s: Pick<ReminderSchedule, 'teams' | 'slack'>): string {
    return [s.teams ? `Teams channel ${s.teams.channelId}` : '', s.slack ? `Slack <#${s.slack.channel}>` : '']
      .filter(Boolean)
      .join(' and ');
  }

  private async post(
    target: Pick<ReminderSchedule, 'teams' | 'slack'>,
    message: BotMessage,
    occurrenceKey: string | undefined,
  ): Promise<DeliveryOutcome[]> {
    const outcomes: DeliveryOutcome[] = [];
    const deliverDeps = {
      deliveries: this.deps.deliveries,
      logger: this.deps.logger,
      metrics: this.deps.metrics,
      clock: this.deps.clock,
    };
    if (target.teams) {
      const { teamId, channelId } = target.teams;
      const teams = this.deps.targets.teams;
      outcomes.push(
        await deliverOnce(
          deliverDeps,
          {
            channel: 'teams',
            target: `channel:${teamId}:${channelId}`,
            kind: 'policy-reminder',
            dedupeKey: occurrenceKey && `${occurrenceKey}:teams`,
          },
          () =>
            teams
              ? teams.sendToChannel(teamId, channelId, message)
              : Promise.reject(new Error('Teams is not available')),
        ),
      );
    }
    if (target.slack) {
      const { channel } = target.slack;
      const slack = this.deps.targets.slack?.();
      outcomes.push(
        await deliverOnce(
          deliverDeps,
          {
            channel: 'slack',
            target: `slack:${channel}`,
            kind: 'policy-reminder',
            dedupeKey: occurrenceKey && `${occurrenceKey}:slack`,
          },
          () => (slack ? slack.sendToChannel(channel, message) : Promise.reject(new Error('Slack is not configured'))),
        ),
      );
    }
    return outcomes;
  }

  /** Loads the policy file's reminders (and retires those removed from it). */
  async loadPolicySchedules(): Promise<void> {
    const now = this.deps.clock.now().toISOString();
    for (const r of this.deps.policy.reminders) {
      const existing = await this.deps.schedules.get(r.id);
      await this.deps.schedules.upsert({
        id: r.id,
        cron: r.cron,
        timezone: r.timezone,
        topic: r.topic,
        teams: r.teams,
        slack: r.slack,
        origin: 'policy',
        createdBy: 'policy',
        createdAt: existing?.createdAt ?? now,
        active: true,
      });
    }
    await this.deps.schedules.retirePolicySchedulesExcept(this.deps.policy.reminders.map((r) => r.id));
  }

  /** Posts every occurrence due by now, once. Returns how many reminders were posted. */
  fireDue(): Promise<number> {
    // One firing pass at a time in this process; across processes the occurrence claim decides.
    this.firing ??= this.fireDueOnce().finally(() => {
      this.firing = undefined;
    });
    return this.firing;
  }

  private async fireDueOnce(): Promise<number> {
    const now = this.deps.clock.now();
    const grace = this.deps.graceMs ?? DEFAULT_GRACE_MS;
    let posted = 0;
    for (const schedule of await this.deps.schedules.active()) {
      let latest: Date | undefined;
      try {
        latest = new Cron(schedule.cron, { timezone: schedule.timezone, paused: true }).previousRuns(1, now)[0];
      } catch (err) {
        this.deps.logger.warn(
          { reminder: schedule.id, err: { message: (err as Error).message } },
          'invalid reminder schedule',
        );
        continue;
      }
      if (!latest) continue;
      const since = schedule.lastFiredAt ?? schedule.createdAt;
      if (latest.getTime() <= Date.parse(since)) continue;
      const occurrence = latest.toISOString();
      if (!(await this.deps.schedules.claimOccurrence(schedule.id, occurrence, schedule.lastFiredAt))) continue;
      if (now.getTime() - latest.getTime() > grace) {
        this.deps.logger.info({ reminder: schedule.id, occurrence }, 'reminder occurrence too old to post; skipped');
        continue;
      }
      const message = this.deps.resolveTopic(schedule.topic);
      if (!message) {
        this.deps.logger.warn({ reminder: schedule.id, topic: schedule.topic }, 'reminder topic unknown; skipped');
        continue;
      }
      await this.post(schedule, message, `reminder:${schedule.id}:${occurrence}`);
      posted++;
    }
    return posted;
  }

  start(intervalMs = 20_000): void {
    const tick = () => {
      this.fireDue().catch((err: Error) =>
        this.deps.logger.error({ err: { message: err.message } }, 'reminder firing failed'),
      );
    };
    tick();
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.firing?.catch(() => {});
  }
}
