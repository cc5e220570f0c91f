// report.csv: one row per finding (a meeting without findings gets one row with empty finding columns).
// RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled. Cells that a
// spreadsheet would run as a formula (= + - @, and tab or CR which some read the same way) get a leading
// apostrophe (OWASP "CSV Injection").
import type { AuditReport } from './types.js';

const HEADER = [
  'source',
  'id',
  'start',
  'week',
  'organiser',
  'subject',
  'providers',
  'max_severity',
  'rule',
  'severity',
  'message',
  'evidence',
];

export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderAuditCsv(report: AuditReport): string {
  const rows: (string | undefined)[][] = [HEADER];
  for (const m of report.meetings) {
    const meeting = [m.source, m.id, m.start, m.week, m.organiser, m.subject, m.providers.join(' '), m.maxSeverity];
    if (m.findings.length === 0) rows.push([...meeting, '', '', '', '']);
    for (const f of m.findings) rows.push([...meeting, f.rule, f.severity, f.message, f.evidence]);
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
