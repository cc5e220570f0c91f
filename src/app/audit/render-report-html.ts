// report.html: one self-contained file (inline CSS and SVG, no script, no external resource; its own CSP forbids
// both), readable offline and safe to mail around. Every value is escaped; every value came redacted from the engine.
import { escapeXml as esc } from './escape.js';
import { horizontalBarChart, verticalBarChart } from './render-chart.js';
import type { AuditedMeeting, AuditReport, CountByKey } from './types.js';

const STYLE = `
:root { color: #1b1b1b; background: #fff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.45; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
.meta { color: #4a4a4a; margin: 0 0 1rem; }
.cards { display: flex; flex-wrap: wrap; gap: 0.75rem; padding: 0; margin: 0; list-style: none; }
.cards li { border: 1px solid #8a94a3; border-radius: 0.5rem; padding: 0.5rem 0.75rem; min-width: 9rem; }
.cards .n { display: block; font-size: 1.6rem; font-weight: 700; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; }
.charts figure { margin: 0; max-width: 100%; overflow-x: auto; }
.charts figcaption { font-weight: 600; margin-bottom: 0.25rem; }
svg.chart { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
table.counts { width: auto; min-width: 16rem; }
td.start { white-space: nowrap; }
td.findings-cell { min-width: 20rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border-bottom: 1px solid #8a94a3; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f3f5f8; }
.wrap { overflow-x: auto; }
td.num, th.num { text-align: right; }
code { background: #f3f5f8; padding: 0 0.2rem; border-radius: 0.2rem; overflow-wrap: anywhere; }
.sev { font-weight: 700; padding: 0 0.4rem; border-radius: 1rem; border: 1px solid currentColor; white-space: nowrap; }
.sev-critical { color: #a4000f; background: #fde7e9; }
.sev-high { color: #8a3a00; background: #fff0e0; }
.sev-medium { color: #5c4700; background: #fff8d6; }
.sev-low { color: #1d5e20; background: #e8f5e9; }
.sev-info { color: #0b4f8a; background: #e7f1fb; }
.sev-none { color: #4a4a4a; border-color: transparent; }
ul.findings { margin: 0; padding-left: 1rem; }
.notes li { color: #4a4a4a; }
@media print { .charts figure { break-inside: avoid; } }
`;

const severityBadge = (severity: string | undefined): string =>
  severity
    ? `<span class="sev sev-${esc(severity)}">${esc(severity)}</span>`
    : '<span class="sev sev-none">none</span>';

function countTable(caption: string, head: string, rows: readonly CountByKey[]): string {
  const body = rows.length
    ? rows.map((r) => `<tr><td>${esc(r.key)}</td><td class="num">${r.count}</td></tr>`).join('\n')
    : '<tr><td colspan="2">None</td></tr>';
  return `<table class="counts"><caption>${esc(caption)}</caption><thead><tr><th scope="col">${esc(head)}</th><th scope="col" class="num">Count</th></tr></thead><tbody>${body}</tbody></table>`;
}

function meetingRow(m: AuditedMeeting): string {
  const start = m.start ? `${m.start.slice(0, 16).replace('T', ' ')} UTC` : 'no start time';
  const series = m.recurrence === 'series' ? ' <span class="meta">(series, counted once)</span>' : '';
  const findings = m.findings.length
    ? `<ul class="findings">${m.findings
        .map(
          (f) =>
            `<li>${severityBadge(f.severity)} <strong>${esc(f.rule)}</strong>: <code>${esc(f.evidence)}</code></li>`,
        )
        .join('')}</ul>`
    : 'None';
  return [
    `<tr class="meeting">`,
    `<td class="start">${esc(start)}${series}</td>`,
    `<td>${esc(m.organiser ?? '')}</td>`,
    `<td>${esc(m.subject)}<br><span class="meta">${esc(m.source)}</span></td>`,
    `<td>${esc(m.providers.join(', ') || '—')}</td>`,
    `<td>${severityBadge(m.maxSeverity)}</td>`,
    `<td class="findings-cell">${findings}</td>`,
    `</tr>`,
  ].join('');
}

export function renderAuditHtml(report: AuditReport): string {
  const s = report.summary;
  const window =
    report.window.from || report.window.to
      ? `${report.window.from?.slice(0, 10) ?? 'the beginning'} to ${report.window.to?.slice(0, 10) ?? 'the end'} (end exclusive)`
      : 'all dates';
  const cards = [
    ['Meetings', s.meetings],
    ['With findings', s.meetingsWithFindings],
    ['Findings', s.findings],
    ...s.bySeverity.map((b) => [`${b.key[0]?.toUpperCase()}${b.key.slice(1)}`, b.count] as const),
  ]
    .map(([label, n]) => `<li><span class="n">${n}</span>${esc(String(label))}</li>`)
    .join('\n');
  const notes = report.notes.length
    ? `<h2>Notes</h2><ul class="notes">${report.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Meeting hygiene audit</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Meeting hygiene audit</h1>
<p class="meta">Scanned ${esc(report.scanned)} · window: ${esc(window)} · generated ${esc(report.generatedAt.slice(0, 16).replace('T', ' '))} UTC. Passcodes and other credentials are shown as [REDACTED].</p>
</header>
<main>
<section aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
<ul class="cards">
${cards}
</ul>
</section>
<section aria-labelledby="charts-h">
<h2 id="charts-h">Findings by rule and by week</h2>
<div class="charts">
<figure><figcaption>Findings by rule</figcaption>${horizontalBarChart('chart-rules', 'Findings by rule', s.byRule)}</figure>
<figure><figcaption>Findings by ISO week of the meeting</figcaption>${verticalBarChart('chart-weeks', 'Findings by ISO week', s.byWeek)}</figure>
</div>
<div class="charts">
${countTable('Findings by rule', 'Rule', s.byRule)}
${countTable('Findings by week', 'ISO week', s.byWeek)}
${countTable('Meetings by service', 'Service', s.byProvider)}
</div>
</section>
<section aria-labelledby="meetings-h">
<h2 id="meetings-h">Meetings</h2>
<div class="wrap">
<table class="meetings">
<caption>${s.meetings} meeting${s.meetings === 1 ? '' : 's'}, earliest first</caption>
<thead><tr><th scope="col">Start</th><th scope="col">Organiser</th><th scope="col">Subject and source</th><th scope="col">Services</th><th scope="col">Max severity</th><th scope="col">Findings (redacted evidence)</th></tr></thead>
<tbody>
${report.meetings.map(meetingRow).join('\n')}
</tbody>
</table>
</div>
${notes}
</section>
</main>
</body>
</html>
`;
}
