// Whether a reviewed meeting gets a warning, a "resolved" note or nothing. Pure: the orchestrator supplies the
// stored warning, the fresh assessment, the organiser's decision on the key and the time.
import { type Finding, severityRank } from '../../domain/findings.js';
import type { WarningDecision } from '../ports.js';
import type { WarningRow } from './warning-repository.js';

export interface DecisionOnKey {
  decision: WarningDecision;
  until?: string;
  /** When it was made (the last click wins). */
  at?: string;
}

export type Verdict =
  | { action: 'warn'; why: 'new' | 'changed' }
  | { action: 'resolve' }
  | { action: 'none'; reason: 'below-threshold' | 'unchanged' | 'improved' | 'dismissed' | 'intended' | 'snoozed' };

/** Nothing new: every current finding was already warned about, at the same or a higher severity. */
export function nothingNew(current: readonly Finding[], warned: readonly Finding[]): boolean {
  return current.every((f) =>
    warned.some((w) => w.rule === f.rule && severityRank(w.severity) >= severityRank(f.severity)),
  );
}

export function decideWarning(input: {
  previous?: WarningRow;
  fingerprint?: string;
  warnable: readonly Finding[];
  decision?: DecisionOnKey;
  now: Date;
}): Verdict {
  const { previous, fingerprint, warnable, decision, now } = input;
  const warnedOpen = previous?.status === 'open' && previous.notifiedFingerprint !== undefined;
  if (!fingerprint) return warnedOpen ? { action: 'resolve' } : { action: 'none', reason: 'below-threshold' };

  if (decision && (decision.decision === 'dismissed' || decision.decision === 'intended')) {
    // "Not an issue" covers what the organiser saw when clicking; something new (another rule, a higher severity)
    // warns again. A decision older than the latest warning was about an earlier state and covers nothing.
    const madeAfterWarning = !previous?.notifiedAt || !decision.at || decision.at >= previous.notifiedAt;
    const warned = previous?.notifiedFindings;
    if (madeAfterWarning && (!warned || nothingNew(warnable, warned))) {
      return { action: 'none', reason: decision.decision };
    }
  }
  if (decision?.decision === 'snoozed' && decision.until && decision.until > now.toISOString()) {
    return { action: 'none', reason: 'snoozed' };
  }
  if (warnedOpen && previous?.notifiedFingerprint === fingerprint) return { action: 'none', reason: 'unchanged' };
  // Part of the problem fixed (e.g. the lobby closed, the passcode still written): no new message for less.
  if (warnedOpen && previous?.notifiedFindings && nothingNew(warnable, previous.notifiedFindings)) {
    return { action: 'none', reason: 'improved' };
  }
  return { action: 'warn', why: warnedOpen || previous?.notifiedFingerprint ? 'changed' : 'new' };
}
