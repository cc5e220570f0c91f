// The shapes of `hygiene audit`: events read from a source (.ics folder or Graph), the audited meetings, and the
// report written as HTML, CSV and JSON. Every string in an AuditedMeeting comes from the engine's redacted report.
import type { Finding, Provider, Severity } from '../../domain/findings.js';
import type { DetectedInput } from '../../domain/invite/index.js';

/** One meeting (or one occurrence of a recurring one) ready for analysis. */
export interface AuditEvent {
  /** Where it came from: a file name relative to the scanned folder, or `graph:<user>`. */
  source: string;
  detected: DetectedInput;
  /** Start in UTC; absent when the source gives none. */
  start?: Date;
  organiser?: string;
  /** `occurrence` when expanded from a recurrence rule; `series` when a recurring master is counted once. */
  recurrence?: 'occurrence' | 'series';
}

export interface AuditedMeeting {
  source: string;
  id?: string;
  subject: string;
  organiser?: string;
  /** ISO 8601, UTC. */
  start?: string;
  /** ISO week of the start (`2026-W02`), or `undated`. */
  week: string;
  recurrence?: 'occurrence' | 'series';
  providers: Provider[];
  maxSeverity?: Severity;
  findings: Finding[];
}

export interface CountByKey {
  key: string;
  count: number;
}

export interface AuditSummary {
  meetings: number;
  meetingsWithFindings: number;
  findings: number;
  bySeverity: CountByKey[];
  byRule: CountByKey[];
  /** Findings per ISO week of the meetings' start, in week order (`undated` last). */
  byWeek: CountByKey[];
  /** Meetings per provider. */
  byProvider: CountByKey[];
}

export interface AuditReport {
  generatedAt: string;
  window: { from?: string; to?: string };
  /** What was scanned: the folder and file count, or the Graph users. */
  scanned: string;
  /** Things the reader should know (skipped files, recurring series counted once, …). Never a credential. */
  notes: string[];
  summary: AuditSummary;
  meetings: AuditedMeeting[];
}

/** The time window of an audit; either end may be open. `to` is exclusive. */
export interface AuditWindow {
  from?: Date;
  to?: Date;
}
