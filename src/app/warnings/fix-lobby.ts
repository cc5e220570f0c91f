// "Fix the lobby" on a warning: only its organiser may; the bot finds the Teams meeting behind the event and sets
// the policy's safe lobby scope (PATCH lobbyBypassSettings.scope). Without permission it explains the manual steps.
// Every attempt is audited.
import type { SqlStore } from '../../adapters/store/sql-store.js';
import { inviteFromGraphEvent } from '../../domain/invite/index.js';
import type { BotMessage } from '../../domain/message.js';
import type { Policy } from '../../domain/policy/schema.js';
import type { Logger } from '../../observability/logger.js';
import type { CalendarPort, EventChange } from '../calendar.js';
import type { Clock } from '../ports.js';
import { lobbyFixedMessage, manualLobbyMessage, SCOPE_LABELS, viewOfWarning } from './warning-messages.js';
import type { WarningRepository } from './warning-repository.js';

export interface FixLobbyDeps {
  calendar: CalendarPort;
  store: SqlStore;
  policy: Policy;
  clock: Clock;
  logger: Logger;
  repo: WarningRepository;
  /** Re-reviews the event after the change, so the warning resolves (or shows what remains). */
  review(change: EventChange): Promise<void>;
}

export async function fixMeetingLobby(deps: FixLobbyDeps, warningKey: string, actor: string): Promise<BotMessage> {
  const { calendar, store, policy, clock, logger: log, repo, review } = deps;
  const row = await repo.get(warningKey);
  const audit = (outcome: 'ok' | 'refused' | 'failed', detail?: string) =>
    store.audit.record({
      at: clock.now().toISOString(),
      actor,
      platform: 'warnings',
      action: 'fix-lobby',
      target: warningKey,
      outcome,
      ...(detail ? { detail } : {}),
    });
  if (!row || row.status === 'closed') {
    return {
      kind: 'notice',
      title: 'Nothing to fix',
      text: 'I no longer track this meeting (it was cancelled or has ended).',
    };
  }
  const isActor = actor === row.organizerId || (row.organizerEmail && actor.toLowerCase() === row.organizerEmail);
  if (!isActor) {
    await audit('refused', 'not the organiser');
    return {
      kind: 'error',
      title: 'Sorry, that did not work',
      text: 'Only the organiser of this meeting can change its lobby from here.',
    };
  }
  const view = viewOfWarning(row);
  try {
    const event = await calendar.getEvent(row.organizerId, row.eventId);
    if (event.status !== 'found') {
      await audit('failed', `event ${event.status}`);
      return manualLobbyMessage(view, event.status);
    }
    const joinUrl = inviteFromGraphEvent(event.value).facts.joinUrl;
    const meeting = joinUrl
      ? await calendar.findOnlineMeeting(row.organizerId, joinUrl)
      : { status: 'not-found' as const };
    if (meeting.status !== 'found') {
      await audit('failed', `meeting ${meeting.status}`);
      return manualLobbyMessage(view, meeting.status);
    }
    const scope = policy.lobby.safeScope;
    const changed = await calendar.setLobbyScope(row.organizerId, meeting.value.id, scope);
    if (changed.status !== 'found') {
      await audit('failed', `update ${changed.status}`);
      return manualLobbyMessage(view, changed.status);
    }
    await audit('ok', `scope ${scope}`);
    // The change is made; a failing re-review only delays the "resolved" note to the next notification.
    await review({ userId: row.organizerId, eventId: row.eventId, changeType: 'updated', event: event.value }).catch(
      (err: unknown) =>
        log.warn({ key: warningKey, error: String(err).slice(0, 300) }, 'review after lobby fix failed'),
    );
    return lobbyFixedMessage(view, SCOPE_LABELS[scope] ?? scope);
  } catch (err) {
    log.warn({ key: warningKey, error: String(err).slice(0, 300) }, 'fix lobby failed');
    await audit('failed', 'error');
    return manualLobbyMessage(view, 'error');
  }
}
