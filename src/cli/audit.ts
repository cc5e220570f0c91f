// `hygiene audit --ics DIR | --graph [--from DATE] [--to DATE] [--out DIR] [--format html,csv,json]`: audits many
// meetings at once and writes report.html, report.csv and report.json. Exit 0 no finding, 1 findings, 2 bad input
// or usage (a file that cannot be read is named on stderr; the others are still audited and reported).
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { auditEvent, buildAuditReport } from '../app/audit/build-report.js';
import { type AuditEventSource, auditEventsFromGraph } from '../app/audit/graph-source.js';
import { AuditInputError, readIcsEvents } from '../app/audit/ics-events.js';
import { renderAuditCsv } from '../app/audit/render-csv.js';
import { renderAuditHtml } from '../app/audit/render-report-html.js';
import type { AuditEvent, AuditReport, AuditWindow } from '../app/audit/types.js';
import { type Config, readConfig } from '../config.js';
import { parseCommandArgs } from './args.js';
import { CliError, type CliIO, EXIT, write } from './io.js';

export const auditUsage = (): string =>
  [
    'Usage: hygiene audit --ics DIR [--from DATE] [--to DATE] [--out DIR] [--format html,csv,json]',
    '       hygiene audit --graph [--from DATE] [--to DATE] [--out DIR] [--format html,csv,json]',
    '',
    'Audits many meetings at once and writes report.html (summary, charts, table), report.csv and report.json.',
    '',
    'Options:',
    '  --ics DIR       every .ics file under DIR (each may hold several events)',
    '  --graph         the calendars of GRAPH_MONITORED_USERS / GRAPH_MONITORED_GROUP_ID (needs Graph configured)',
    '  --from DATE     only meetings starting on or after DATE (YYYY-MM-DD or ISO 8601; UTC)',
    '  --to DATE       only meetings starting before the end of DATE; with --ics, recurring events are expanded',
    '                  into their occurrences up to DATE (without --to a series counts once)',
    '                  (--graph defaults to the 30 days before and after today)',
    '  --out DIR       where to write the reports (default ./audit-YYYY-MM-DD/)',
    '  --format LIST   which reports to write, comma-separated (default html,csv,json)',
    '  -h, --help      this help',
    '',
    'Exit codes: 0 no finding, 1 findings, 2 bad input or usage. Credentials are always redacted.',
    '',
  ].join('\n');

const FORMATS = ['html', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];
const DAY_MS = 86_400_000;
const GRAPH_DEFAULT_DAYS = 30;

/** A date (`2026-01-05`, read as UTC midnight) or an ISO date-time. `endOfDay` makes a date-only `--to` inclusive. */
export function parseAuditDate(flag: string, value: string | undefined, endOfDay = false): Date | undefined {
  if (value === undefined) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
    throw new CliError(`hygiene audit: --${flag} must be a date like 2026-01-31 or an ISO date-time (got '${value}')`);
  }
  return dateOnly && endOfDay ? new Date(date.getTime() + DAY_MS) : date;
}

function parseFormats(value: string | undefined): Format[] {
  if (value === undefined) return [...FORMATS];
  const list = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const bad = list.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (list.length === 0 || bad.length > 0) {
    throw new CliError(`hygiene audit: --format takes a list of ${FORMATS.join(', ')} (got '${value}')`);
  }
  return [...new Set(list as Format[])];
}

/** A progress bar on stderr, only on a terminal (a pipe or a log file gets none). */
function progress(io: CliIO, total: number) {
  let last = '';
  return {
    async tick(done: number, label: string): Promise<void> {
      if (!io.isTTY || total === 0) return;
      const width = 24;
      const filled = Math.round((done / total) * width);
      const line = `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}`.slice(0, 100);
      if (line !== last) await write(io.stderr, line.padEnd(last.length));
      last = line;
    },
    async end(): Promise<void> {
      if (io.isTTY && last) await write(io.stderr, '\n');
    },
  };
}

async function listIcsFiles(dir: string): Promise<string[]> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new CliError(`hygiene audit: --ics ${dir}: not a directory`);
  const entries = await readdir(dir, { recursive: true });
  return entries
    .filter((e) => /\.ics$/i.test(e))
    .map((e) => join(dir, e))
    .sort();
}

interface Collected {
  events: AuditEvent[];
  notes: string[];
  badInput: boolean;
  scanned: string;
}

async function collectFromIcs(dirArg: string, window: AuditWindow, io: CliIO): Promise<Collected> {
  const dir = resolve(io.cwd, dirArg);
  const files = await listIcsFiles(dir);
  if (files.length === 0) throw new CliError(`hygiene audit: no .ics files in ${dirArg}`);
  const bar = progress(io, files.length);
  const events: AuditEvent[] = [];
  const notes: string[] = [];
  let badInput = false;
  for (const [i, file] of files.entries()) {
    const name = relative(dir, file) || file;
    await bar.tick(i, name);
    try {
      const result = readIcsEvents(name, await readFile(file, 'utf8'), window);
      events.push(...result.events);
      notes.push(...result.notes);
    } catch (err) {
      if (!(err instanceof AuditInputError) && !(err as NodeJS.ErrnoException).code) throw err;
      const message = err instanceof AuditInputError ? err.message : `${name}: cannot read: ${(err as Error).message}`;
      badInput = true;
      await bar.end();
      await write(io.stderr, `hygiene audit: ${message}\n`);
      notes.push(`Skipped ${name}: it could not be read as iCalendar.`);
    }
  }
  await bar.tick(files.length, 'done');
  await bar.end();
  return { events, notes, badInput, scanned: `${files.length} .ics file${files.length === 1 ? '' : 's'} in ${dirArg}` };
}

/** The Graph adapter's implementation of the port, when a colleague's adapter provides one. */
async function loadGraphSource(config: Config): Promise<AuditEventSource> {
  // A variable specifier: the adapter is optional at build time.
  const specifier = '../adapters/graph/audit-source.js';
  let factory: ((config: Config) => AuditEventSource | Promise<AuditEventSource>) | undefined;
  try {
    const module = (await import(specifier)) as { createAuditEventSource?: typeof factory };
    factory = module.createAuditEventSource;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw err;
  }
  if (!factory) {
    throw new CliError(
      'hygiene audit: Graph source not available yet: this build has no Graph calendar reader for audits (use --ics with an export meanwhile)',
    );
  }
  return factory(config);
}

/** One line for a Graph or sign-in failure (the SDKs' messages can be long or multi-line). */
const graphMessage = (err: Error): string => (err.message || String(err)).split('\n')[0]!.slice(0, 300);

async function collectFromGraph(window: Required<AuditWindow>, io: CliIO): Promise<Collected> {
  const config = readConfig(io.env);
  const missing = (
    [
      ['GRAPH_TENANT_ID', config.graph.tenantId],
      ['GRAPH_CLIENT_ID', config.graph.clientId],
      ['GRAPH_CLIENT_SECRET', config.graph.clientSecret],
    ] as const
  )
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (missing.length > 0)
    throw new CliError(`hygiene audit: --graph needs Graph configured: set ${missing.join(', ')}`);
  const source = await loadGraphSource(config);
  const users = await source.monitoredUsers().catch((err: Error) => {
    throw new CliError(`hygiene audit: could not read the monitored users from Graph: ${graphMessage(err)}`);
  });
  if (users.length === 0) {
    throw new CliError('hygiene audit: no users to audit: set GRAPH_MONITORED_USERS or GRAPH_MONITORED_GROUP_ID');
  }
  const bar = progress(io, users.length);
  const events: AuditEvent[] = [];
  for (const [i, user] of users.entries()) {
    await bar.tick(i, user);
    const raw = await source.listEvents(user, window.from, window.to).catch((err: Error) => {
      throw new CliError(`hygiene audit: could not read the calendar of ${user} from Graph: ${graphMessage(err)}`);
    });
    events.push(...auditEventsFromGraph(user, raw));
  }
  await bar.tick(users.length, 'done');
  await bar.end();
  return {
    events,
    notes: [],
    badInput: false,
    scanned: `${users.length} Graph calendar${users.length === 1 ? '' : 's'}`,
  };
}

async function writeReports(report: AuditReport, formats: Format[], outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const render: Record<Format, () => string> = {
    html: () => renderAuditHtml(report),
    csv: () => renderAuditCsv(report),
    json: () => `${JSON.stringify(report, null, 2)}\n`,
  };
  const written: string[] = [];
  for (const format of formats) {
    const path = join(outDir, `report.${format}`);
    await writeFile(path, render[format](), 'utf8');
    written.push(path);
  }
  return written;
}

export async function runAudit(args: string[], io: CliIO, now: Date = new Date()): Promise<number> {
  const { values, positionals } = parseCommandArgs('audit', args, {
    ics: { type: 'string' },
    graph: { type: 'boolean' },
    from: { type: 'string' },
    to: { type: 'string' },
    out: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    await write(io.stdout, auditUsage());
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new CliError(`hygiene audit: unexpected argument '${positionals[0]}' (see --help)`);
  if (Boolean(values.ics) === Boolean(values.graph)) {
    throw new CliError('hygiene audit: give exactly one source: --ics DIR or --graph (see --help)');
  }
  const formats = parseFormats(values.format);
  const window: AuditWindow = {
    from: parseAuditDate('from', values.from),
    to: parseAuditDate('to', values.to, true),
  };
  if (window.from && window.to && window.from >= window.to) {
    throw new CliError('hygiene audit: --from must be before --to');
  }

  const graphWindow = {
    from: window.from ?? new Date(now.getTime() - GRAPH_DEFAULT_DAYS * DAY_MS),
    to: window.to ?? new Date(now.getTime() + GRAPH_DEFAULT_DAYS * DAY_MS),
  };
  const collected = values.ics ? await collectFromIcs(values.ics, window, io) : await collectFromGraph(graphWindow, io);
  const report = buildAuditReport({
    meetings: collected.events.map((e) => auditEvent(e)),
    window: values.ics ? window : graphWindow,
    scanned: collected.scanned,
    notes: collected.notes,
    now,
  });
  const outDir = resolve(io.cwd, values.out ?? `audit-${now.toISOString().slice(0, 10)}`);
  const written = await writeReports(report, formats, outDir);

  const s = report.summary;
  const severities = s.bySeverity.map((b) => `${b.key} ${b.count}`).join(', ');
  await write(
    io.stdout,
    [
      `Audited ${s.meetings} meeting${s.meetings === 1 ? '' : 's'} (${collected.scanned}): ` +
        `${s.meetingsWithFindings} with findings, ${s.findings} finding${s.findings === 1 ? '' : 's'}${severities ? ` (${severities})` : ''}.`,
      ...written.map((p) => `Wrote ${relative(io.cwd, p) || p}`),
      '',
    ].join('\n'),
  );
  if (collected.badInput) return EXIT.badInput;
  return s.findings > 0 ? EXIT.findings : EXIT.ok;
}
