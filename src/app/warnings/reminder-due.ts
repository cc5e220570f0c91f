// Which reminder, if any, an open warning is due: one `remindBefore` ahead of the start (unless the warning itself
// went out inside that window), and one when a snooze ends. Pure.
import type { DecisionOnKey } from './decide.js';
import type { WarningRow } from './warning-repository.js';

export type ReminderDue = { kind: 'before-start' | 'snooze-ended'; dedupeBase: string } | undefined;

export function reminderDue(
  row: WarningRow,
  decision: DecisionOnKey | undefined,
  now: Date,
  remindBeforeMs: number,
): ReminderDue {
  if (row.status !== 'open' || !row.notifiedFingerprint || row.findings.length === 0) return undefined;
  const nowIso = now.toISOString();
  if (decision?.decision === 'dismissed' || decision?.decision === 'intended') {
    // A decision made after the latest warning covers it (decideWarning warns afresh when something new comes up).
    if (!row.notifiedAt || !decision.at || decision.at >= row.notifiedAt) return undefined;
  }
  if (decision?.decision === 'snoozed' && decision.until && decision.until > nowIso) return undefined;

  if (
    decision?.decision === 'snoozed' &&
    decision.until !== undefined &&
    row.snoozeRemindedUntil !== decision.until &&
    (!row.notifiedAt || row.notifiedAt < decision.until)
  ) {
    return { kind: 'snooze-ended', dedupeBase: `snooze-end:${row.key}:${decision.until}` };
  }

  const start = row.startAt ? Date.parse(row.startAt) : Number.NaN;
  if (Number.isNaN(start)) return undefined;
  const windowOpens = start - remindBeforeMs;
  const inWindow = windowOpens <= now.getTime() && now.getTime() < start;
  const warnedInWindow = row.notifiedAt !== undefined && Date.parse(row.notifiedAt) >= windowOpens;
  if (!inWindow || warnedInWindow || row.remindedFingerprint === row.notifiedFingerprint) return undefined;
  return {
    kind: 'before-start',
    dedupeBase: `reminder:${row.key}:${row.generation}:${row.notifiedFingerprint}`,
  };
}
