// Audit events → audited meetings (through the invite engine) → the report with its summary counts. Pure.
import { maxSeverity, RULE_IDS, SEVERITIES } from '../../domain/findings.js';
import { type AnalysisPolicy, analyseInvite } from '../../domain/invite/index.js';
import { isoWeek } from './iso-week.js';
import type { AuditEvent, AuditedMeeting, AuditReport, AuditSummary, AuditWindow, CountByKey } from './types.js';

export const UNDATED = 'undated';

/** Only the engine's redacted report is kept: the secrets it returns are dropped here. */
export function auditEvent(event: AuditEvent, policy?: AnalysisPolicy): AuditedMeeting {
  const { report } = analyseInvite(event.detected.input, event.detected.context, policy);
  const severity = maxSeverity(report.findings.map((f) => f.severity));
  return {
    source: event.source,
    ...(report.id !== undefined ? { id: report.id } : {}),
    subject: report.subject,
    ...(event.organiser ? { organiser: event.organiser } : {}),
    ...(event.start ? { start: event.start.toISOString() } : {}),
    week: event.start ? isoWeek(event.start) : UNDATED,
    ...(event.recurrence ? { recurrence: event.recurrence } : {}),
    providers: report.providers,
    ...(severity ? { maxSeverity: severity } : {}),
    findings: report.findings,
  };
}

const byStart = (a: AuditedMeeting, b: AuditedMeeting): number =>
  (a.start ?? '\uffff').localeCompare(b.start ?? '\uffff') || a.source.localeCompare(b.source);

function counts(keys: Iterable<string>, order?: readonly string[]): CountByKey[] {
  const map = new Map<string, number>();
  for (const k of keys) map.set(k, (map.get(k) ?? 0) + 1);
  const rank = (k: string): number => {
    const i = order ? order.indexOf(k) : -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...map]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

export function summarise(meetings: readonly AuditedMeeting[]): AuditSummary {
  const findings = meetings.flatMap((m) => m.findings.map((f) => ({ meeting: m, finding: f })));
  const weeks = counts(findings.map((x) => x.meeting.week));
  // Weeks sort as text (`2026-W02`); undated last.
  weeks.sort((a, b) => (a.key === UNDATED ? 1 : b.key === UNDATED ? -1 : a.key.localeCompare(b.key)));
  return {
    meetings: meetings.length,
    meetingsWithFindings: meetings.filter((m) => m.findings.length > 0).length,
    findings: findings.length,
    bySeverity: counts(
      findings.map((x) => x.finding.severity),
      [...SEVERITIES].reverse(),
    ),
    byRule: counts(
      findings.map((x) => x.finding.rule),
      RULE_IDS,
    ),
    byWeek: weeks,
    byProvider: counts(meetings.flatMap((m) => m.providers)),
  };
}

export function buildAuditReport(input: {
  meetings: AuditedMeeting[];
  window: AuditWindow;
  scanned: string;
  notes: string[];
  now: Date;
}): AuditReport {
  const meetings = [...input.meetings].sort(byStart);
  return {
    generatedAt: input.now.toISOString(),
    window: {
      ...(input.window.from ? { from: input.window.from.toISOString() } : {}),
      ...(input.window.to ? { to: input.window.to.toISOString() } : {}),
    },
    scanned: input.scanned,
    notes: input.notes,
    summary: summarise(meetings),
    meetings,
  };
}
