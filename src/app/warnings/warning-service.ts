// The organiser-warnings use case: review a changed event, decide, deliver once per channel, remind before the
// start, and fix the lobby on request. The Graph adapter calls `review` (as the EventReviewer) and `remindDue`
// (periodically); card actions call `fixLobby`; Slack's App Home and the console call `openWarnings`.
import type { SqlStore } from '../../adapters/store/sql-store.js';
import type { OnlineMeetingSettings as JudgedSettings } from '../../domain/invite/index.js';
import { inviteFromGraphEvent } from '../../domain/invite/index.js';
import type { BotMessage } from '../../domain/message.js';
import { parseDuration } from '../../domain/policy/duration.js';
import type { Policy } from '../../domain/policy/schema.js';
import type { SlackNotifierPort } from '../../integrations.js';
import type { Logger } from '../../observability/logger.js';
import type { Metrics } from '../../observability/metrics.js';
import type { CalendarPort, EventChange, EventReviewer } from '../calendar.js';
import type { WarningActionsPort } from '../card-actions.js';
import type { Clock } from '../ports.js';
import { type Assessment, assessEvent, isTeamsMeeting } from './assess-event.js';
import { type DecisionOnKey, decideWarning } from './decide.js';
import { type Delivered, deliverToOrganiser, type TeamsWarningNotifier } from './deliver-to-organiser.js';
import { endsInFuture, instantOf } from './event-times.js';
import { fingerprintFindings } from './fingerprint.js';
import { fixMeetingLobby } from './fix-lobby.js';
import { httpsOrUndefined, meetingOptionsUrl } from './meeting-options-url.js';
import { DirectoryCache, isOrganiser } from './organiser.js';
import { isQuietAt } from './quiet-hours.js';
import { reminderDue } from './reminder-due.js';
import { keysClosedBy, subjectKeyOf } from './subject-key.js';
import { reminderMessage, resolvedMessage, viewOfWarning, warningMessage } from './warning-messages.js';
import { createWarningMetrics } from './warning-metrics.js';
import { WarningRepository, type WarningRow } from './warning-repository.js';

export interface WarningServiceDeps {
  calendar: CalendarPort;
  store: SqlStore;
  policy: Policy;
  teams: TeamsWarningNotifier;
  slack?: Pick<SlackNotifierPort, 'sendToEmail' | 'update'>;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
}

export interface WarningService extends EventReviewer, WarningActionsPort {
  review(change: EventChange): Promise<void>;
  fixLobby(warningKey: string, actor: string): Promise<BotMessage>;
  openWarnings(who: { aadObjectId?: string; email?: string }): Promise<BotMessage[]>;
  /** Sends due reminders and deliveries deferred by quiet hours or failures; returns how many messages went out. */
  remindDue(): Promise<number>;
}

const NOTE_FORBIDDEN = 'I could not check the lobby (permission).';
const NOTE_NOT_FOUND = 'I could not find the Teams meeting to check its lobby.';

const hasBody = (event: unknown): boolean => {
  const body = (event as { body?: { content?: unknown } } | null | undefined)?.body;
  return typeof body?.content === 'string';
};
const isRemoved = (event: unknown): boolean =>
  typeof event === 'object' && event !== null && '@removed' in (event as Record<string, unknown>);
const webLinkOf = (raw: unknown): string | undefined => {
  const link = (raw as { webLink?: unknown }).webLink;
  return typeof link === 'string' ? link : undefined;
};

export function createWarningService(deps: WarningServiceDeps): WarningService {
  const { calendar, store, policy, clock, logger } = deps;
  const repo = new WarningRepository(store.database.db);
  const counters = createWarningMetrics(deps.metrics);
  const directory = new DirectoryCache(calendar, () => clock.now().getTime());
  const remindBeforeMs = parseDuration(policy.warnings.remindBefore) ?? 86_400_000;
  const log = logger.child({ component: 'warnings' });

  const quietNow = (): boolean => isQuietAt(clock.now(), policy.warnings.quietHours);

  async function decisionOn(key: string): Promise<DecisionOnKey | undefined> {
    const found = await store.decisions.get(key);
    if (!found) return undefined;
    return { decision: found.decision, until: found.until, at: await repo.decidedAt(key) };
  }

  /** Rules the organiser settled one by one (`<key>#<rule>`: dismissed, intended, or snoozed until later). */
  async function withoutDecidedRules(key: string, assessment: Assessment, now: Date): Promise<Assessment> {
    const settled = new Set<string>();
    for (const rule of new Set(assessment.warnable.map((f) => f.rule))) {
      const decision = await store.decisions.get(`${key}#${rule}`);
      if (!decision) continue;
      if (decision.decision !== 'snoozed' || (decision.until && decision.until > now.toISOString())) settled.add(rule);
    }
    if (settled.size === 0) return assessment;
    const warnable = assessment.warnable.filter((f) => !settled.has(f.rule));
    return { ...assessment, warnable, fingerprint: fingerprintFindings(warnable) };
  }

  const viewOf = viewOfWarning;

  async function close(userId: string, eventId: string, reason: string): Promise<void> {
    const now = clock.now().toISOString();
    for (const key of keysClosedBy(userId, eventId)) {
      const row = await repo.get(key);
      if (!row || row.status === 'closed') continue;
      await repo.save({ ...row, status: 'closed', pending: undefined, updatedAt: now });
      log.info({ key, reason }, 'warning closed');
    }
    counters.reviewed.inc({ outcome: reason });
  }

  function count(result: Delivered, kind: string): void {
    for (const channel of ['teams', 'slack'] as const) {
      if (result[channel] === 'sent') counters.sent.inc({ channel, kind });
      if (result[channel] === 'gave-up') counters.suppressed.inc({ reason: 'delivery-gave-up' });
    }
  }

  /** Makes the delivery the row is waiting for; returns whether a message went out (or had gone out before). */
  async function flushPending(row: WarningRow): Promise<boolean> {
    if (!row.pending) return false;
    const to = { organizerId: row.organizerId, email: row.organizerEmail };
    const now = clock.now().toISOString();
    if (row.pending === 'warning') {
      const result = await deliverToOrganiser(deps, to, warningMessage(viewOf(row)), {
        kind: 'warning',
        dedupeBase: `warning:${row.key}:${row.generation}:${row.notifiedFingerprint}`,
      });
      count(result, 'warning');
      if (!result.reached && !result.retry) counters.suppressed.inc({ reason: 'unreachable' });
      await repo.save({
        ...row,
        sentRefs: { ...row.sentRefs, ...result.refs },
        pending: result.retry ? 'warning' : undefined,
        updatedAt: now,
      });
      return result.reached;
    }
    const result = await deliverToOrganiser(deps, to, resolvedMessage(viewOf(row)), {
      kind: 'resolved',
      dedupeBase: `resolved:${row.key}:${row.generation}`,
      previous: row.sentRefs,
    });
    count(result, 'resolved');
    await repo.save({ ...row, pending: result.retry ? 'resolved' : undefined, updatedAt: now });
    return result.reached;
  }

  async function review(change: EventChange): Promise<void> {
    const user = await directory.user(change.userId);
    const organiserId = user?.id ?? change.userId;
    if (change.changeType === 'deleted' || isRemoved(change.event))
      return close(organiserId, change.eventId, 'deleted');

    let raw = change.event;
    if (!hasBody(raw)) {
      const found = await calendar.getEvent(change.userId, change.eventId);
      if (found.status === 'not-found') return close(organiserId, change.eventId, 'not-found');
      if (found.status === 'forbidden') {
        log.warn({ userId: change.userId, eventId: change.eventId, detail: found.detail }, 'event not readable');
        counters.reviewed.inc({ outcome: 'forbidden' });
        return;
      }
      raw = found.value;
    }
    let facts: ReturnType<typeof inviteFromGraphEvent>['facts'];
    try {
      facts = inviteFromGraphEvent(raw).facts;
    } catch (err) {
      log.warn({ eventId: change.eventId, error: (err as Error).message.slice(0, 300) }, 'event not understood');
      counters.reviewed.inc({ outcome: 'invalid' });
      return;
    }
    const eventId = (raw as { id?: unknown }).id;
    const id = typeof eventId === 'string' && eventId ? eventId : change.eventId;
    if (facts.isCancelled) {
      // A cancelled occurrence leaves the rest of its series as it was.
      if (facts.seriesMasterId && facts.type !== 'seriesMaster') {
        counters.reviewed.inc({ outcome: 'cancelled-occurrence' });
        return;
      }
      return close(organiserId, id, 'cancelled');
    }
    if (!isOrganiser(raw, facts, user, change.userId)) {
      counters.reviewed.inc({ outcome: 'not-organiser' });
      return;
    }
    const now = clock.now();
    const start = instantOf(facts.start);
    const end = instantOf(facts.end);
    if (!endsInFuture({ start, end, type: facts.type, raw }, now)) {
      counters.reviewed.inc({ outcome: 'past' });
      return;
    }
    const key = subjectKeyOf(organiserId, { eventId: id, type: facts.type, seriesMasterId: facts.seriesMasterId });

    let meeting: JudgedSettings | undefined;
    let note: string | undefined;
    if (isTeamsMeeting(facts)) {
      const found = await calendar.findOnlineMeeting(organiserId, facts.joinUrl);
      if (found.status === 'found') meeting = found.value;
      else note = found.status === 'forbidden' ? NOTE_FORBIDDEN : NOTE_NOT_FOUND;
      if (note) log.info({ key, lookup: found.status }, 'online meeting not checked');
    }
    const assessment = await withoutDecidedRules(key, assessEvent(raw, policy, meeting), now);
    const previous = await repo.get(key);
    const verdict = decideWarning({
      previous,
      fingerprint: assessment.fingerprint,
      warnable: assessment.warnable,
      decision: await decisionOn(key),
      now,
    });
    log.info(
      { key, verdict, maxSeverity: assessment.maxSeverity, fingerprint: assessment.fingerprint },
      'event reviewed',
    );
    counters.reviewed.inc({ outcome: verdict.action === 'none' ? verdict.reason : verdict.action });
    if (verdict.action === 'none') counters.suppressed.inc({ reason: verdict.reason });

    // Rows exist for meetings that were warned about (or are about to be); others leave no trace.
    if (!previous && verdict.action !== 'warn') return;

    const nowIso = now.toISOString();
    const upcoming = (iso: string | undefined) => (iso && iso > nowIso ? iso : undefined);
    const startIso = start?.toISOString();
    // A series keeps the earliest upcoming start it has seen (occurrences come one by one).
    const nextStart =
      previous?.key.startsWith('series:') &&
      upcoming(previous.startAt) &&
      (!upcoming(startIso) || previous.startAt! < startIso!)
        ? previous.startAt
        : startIso;
    const optionsUrl = meetingOptionsUrl(facts.joinUrl) ?? httpsOrUndefined(webLinkOf(raw));
    const seriesMasterId = facts.type === 'seriesMaster' ? id : facts.seriesMasterId;
    const base: WarningRow = {
      key,
      organizerId: organiserId,
      organizerEmail: user?.mail ?? facts.organizer ?? user?.userPrincipalName,
      eventId: seriesMasterId ?? id,
      seriesMasterId,
      subject: assessment.report.subject,
      startAt: nextStart,
      endAt: end?.toISOString(),
      providers: assessment.report.providers,
      optionsUrl: optionsUrl ? assessment.redact(optionsUrl) : undefined,
      fingerprint: assessment.fingerprint,
      maxSeverity: assessment.maxSeverity,
      findings: assessment.warnable,
      note,
      status: previous?.status ?? 'open',
      generation: previous?.generation ?? 0,
      notifiedFingerprint: previous?.notifiedFingerprint,
      notifiedFindings: previous?.notifiedFindings,
      notifiedAt: previous?.notifiedAt,
      pending: previous?.pending,
      sentRefs: previous?.sentRefs ?? {},
      remindedFingerprint: previous?.remindedFingerprint,
      snoozeRemindedUntil: previous?.snoozeRemindedUntil,
      createdAt: previous?.createdAt ?? nowIso,
      updatedAt: nowIso,
    };

    let row: WarningRow;
    switch (verdict.action) {
      case 'warn':
        row = {
          ...base,
          status: 'open',
          generation: base.generation + 1,
          notifiedFingerprint: assessment.fingerprint,
          notifiedFindings: assessment.warnable,
          notifiedAt: nowIso,
          pending: 'warning',
          sentRefs: {},
        };
        break;
      case 'resolve':
        row = { ...base, status: 'resolved', pending: 'resolved' };
        break;
      default:
        row = base;
    }
    // Write first, then send: a crash in between leaves `pending`, which the next review or remindDue completes.
    await repo.save(row);
    if (row.pending === 'warning' && quietNow()) {
      counters.suppressed.inc({ reason: 'quiet-hours' });
      log.info({ key }, 'warning deferred until quiet hours end');
      return;
    }
    if (row.pending) await flushPending(row);
  }

  async function remindDue(): Promise<number> {
    if (quietNow()) return 0;
    const now = clock.now();
    const nowIso = now.toISOString();
    let sent = 0;
    for (const row of await repo.openUpcoming(nowIso)) {
      if (row.pending) {
        if (await flushPending(row)) sent++;
        continue;
      }
      if (row.status !== 'open') continue;
      const decision = await decisionOn(row.key);
      const due = reminderDue(row, decision, now, remindBeforeMs);
      if (!due) continue;
      const dedupeBase = due.dedupeBase;
      const result = await deliverToOrganiser(
        deps,
        { organizerId: row.organizerId, email: row.organizerEmail },
        reminderMessage(viewOf(row)),
        { kind: 'reminder', dedupeBase },
      );
      count(result, 'reminder');
      if (result.retry) continue;
      await repo.save({
        ...row,
        remindedFingerprint: due.kind === 'before-start' ? row.notifiedFingerprint : row.remindedFingerprint,
        snoozeRemindedUntil: due.kind === 'snooze-ended' ? decision?.until : row.snoozeRemindedUntil,
        updatedAt: nowIso,
      });
      if (result.reached) sent++;
    }
    return sent;
  }

  async function openWarnings(who: { aadObjectId?: string; email?: string }): Promise<BotMessage[]> {
    const rows = await repo.openFor({ organizerId: who.aadObjectId, email: who.email });
    const nowIso = clock.now().toISOString();
    // A single meeting that has ended is history; a series goes on.
    const current = (r: WarningRow) => r.key.startsWith('series:') || !r.endAt || r.endAt > nowIso;
    return rows
      .filter((r) => r.notifiedFingerprint && r.findings.length > 0 && current(r))
      .map((r) => warningMessage(viewOf(r)));
  }

  const fixLobby = (warningKey: string, actor: string): Promise<BotMessage> =>
    fixMeetingLobby({ calendar, store, policy, clock, logger: log, repo, review }, warningKey, actor);

  return { review, remindDue, openWarnings, fixLobby };
}
