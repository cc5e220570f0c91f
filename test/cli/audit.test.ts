// `hygiene audit`: a folder of .ics files → report.html, report.csv, report.json; exit codes; no credential anywhere.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeek } from '../../src/app/audit/iso-week.js';
import { csvCell } from '../../src/app/audit/render-csv.js';
import type { AuditReport } from '../../src/app/audit/types.js';
import { runAudit } from '../../src/cli/audit.js';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../helpers/memory-io.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/audit');
const CALENDAR = join(FIXTURES, 'calendar');
/** Every credential written into the fixtures. */
const SECRETS = ['Kq7Zr2Mw', 'Wb9x4TqP', '482913', 'aB3dE5fG7hJ9kL1mNoPqRsTuV', 'Zz8yXw7V'];
const NOW = new Date('2026-02-01T08:00:00Z');

/** RFC 4180 reader (quoted fields with doubled quotes, CRLF rows), strict enough to reject a broken file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i++;
        if (![',', '\r', undefined].includes(text[i])) throw new Error(`stray character after quote at ${i}`);
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\n') {
      throw new Error(`bare LF at ${i}`);
    } else {
      field += c;
    }
    i++;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) throw new Error('last row not terminated by CRLF');
  return rows;
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'hygiene-audit-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('hygiene audit --ics', () => {
  let outDir: string;
  let code: number;
  let out: string;
  let err: string;
  beforeAll(async () => {
    outDir = join(work, 'january');
    const io = memoryIO('', { cwd: work });
    code = await runAudit(['--ics', CALENDAR, '--from', '2026-01-01', '--to', '2026-01-31', '--out', outDir], io, NOW);
    out = io.out();
    err = io.err();
  });

  it('exits 1 on findings and writes the three reports', async () => {
    expect(err).toBe('');
    expect(code).toBe(1);
    expect((await readdir(outDir)).sort()).toEqual(['report.csv', 'report.html', 'report.json']);
    expect(out).toMatch(/Audited 8 meetings \(4 \.ics files in .*\): 7 with findings/);
    expect(out).toContain('Wrote ');
  });

  it('expands the weekly series within the window, replacing the moved occurrence', async () => {
    const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as AuditReport;
    const weekly = report.meetings.filter((m) => m.id === 'weekly-zoom@contoso.example');
    expect(weekly.map((m) => m.start)).toEqual([
      '2026-01-05T10:00:00.000Z',
      '2026-01-12T14:00:00.000Z',
      '2026-01-19T10:00:00.000Z',
      '2026-01-26T10:00:00.000Z',
    ]);
    expect(weekly.every((m) => m.recurrence === 'occurrence')).toBe(true);
    expect(weekly[0]?.organiser).toBe('Alex Organiser <alex@contoso.example>');
    expect(weekly[0]?.findings.map((f) => f.rule)).toContain('passcode-in-body');
    const clean = report.meetings.find((m) => m.id === 'clean@contoso.example');
    expect(clean?.findings).toEqual([]);
    expect(clean?.providers).toEqual(['teams']);
    expect(report.summary.meetings).toBe(8);
    expect(report.summary.byWeek.map((w) => w.key)).toEqual(['2026-W02', '2026-W03', '2026-W04', '2026-W05']);
    expect(report.summary.byRule.map((r) => r.key)).toContain('passcode-in-join-url');
    expect(report.window).toEqual({ from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' });
  });

  it('writes no credential into any report', async () => {
    for (const file of ['report.html', 'report.csv', 'report.json']) {
      const text = await readFile(join(outDir, file), 'utf8');
      for (const secret of SECRETS) expect(text, `${file} leaks ${secret}`).not.toContain(secret);
      expect(text).toContain('[REDACTED]');
    }
    for (const secret of SECRETS) expect(out + err).not.toContain(secret);
  });

  it('writes RFC 4180 CSV that no spreadsheet runs as a formula', async () => {
    const rows = parseCsv(await readFile(join(outDir, 'report.csv'), 'utf8'));
    const [header, ...body] = rows;
    expect(header?.slice(0, 3)).toEqual(['source', 'id', 'start']);
    expect(body.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
    for (const cell of body.flat()) expect(cell).not.toMatch(/^[=+\-@]/);
    const evil = body.find((r) => r[1] === 'evil@contoso.example');
    expect(evil?.[5]).toMatch(/^'=HYPERLINK\("https:\/\/evil\.example","click"\)/);
    expect(evil?.[4]).toBe("'@SUM(1+1) <mallory@contoso.example>");
  });

  it('writes a self-contained HTML report with charts and a table of meetings', async () => {
    const html = await readFile(join(outDir, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(link|img|iframe)\b/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html.match(/class="bar"/g)?.length).toBeGreaterThanOrEqual(5);
    expect(html.match(/<tr class="meeting">/g)).toHaveLength(8);
  });
});

describe('hygiene audit: recurring series without an end date', () => {
  it('counts the series once and says so', async () => {
    const io = memoryIO('', { cwd: work });
    const outDir = join(work, 'open');
    expect(await runAudit(['--ics', CALENDAR, '--out', outDir, '--format', 'json'], io, NOW)).toBe(1);
    expect(await readdir(outDir)).toEqual(['report.json']);
    const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as AuditReport;
    const weekly = report.meetings.filter((m) => m.id === 'weekly-zoom@contoso.example');
    expect(weekly.map((m) => m.recurrence)).toEqual(['series', 'occurrence']);
    expect(report.notes.join('\n')).toMatch(/weekly-zoom\.ics: recurring event .* counted once/);
  });
});

describe('hygiene audit: bad input and usage', () => {
  it('names a malformed file, audits the others, and exits 2', async () => {
    const io = memoryIO('', { cwd: work });
    const outDir = join(work, 'malformed');
    expect(await runAudit(['--ics', join(FIXTURES, 'malformed'), '--out', outDir], io, NOW)).toBe(2);
    expect(io.err()).toMatch(/^hygiene audit: broken\.ics: invalid iCalendar: .+\n$/);
    const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as AuditReport;
    expect(report.meetings.map((m) => m.id)).toEqual(['clean@contoso.example']);
    expect(report.notes).toContain('Skipped broken.ics: it could not be read as iCalendar.');
  });

  it('exits 0 when nothing is found', async () => {
    const dir = join(work, 'only-clean');
    await mkdir(dir, { recursive: true });
    await copyFile(join(CALENDAR, 'clean.ics'), join(dir, 'clean.ics'));
    const io = memoryIO('', { cwd: work });
    expect(await runAudit(['--ics', dir, '--out', join(work, 'clean-out')], io, NOW)).toBe(0);
    expect(io.out()).toMatch(/Audited 1 meeting .*: 0 with findings, 0 findings\./);
  });

  it('rejects usage errors with exit 2 and one clear line', async () => {
    const cases: [string[], RegExp][] = [
      [[], /give exactly one source/],
      [['--ics', CALENDAR, '--graph'], /give exactly one source/],
      [['--ics', CALENDAR, '--from', 'yesterday'], /--from must be a date/],
      [['--ics', CALENDAR, '--from', '2026-02-01', '--to', '2026-01-01'], /--from must be before --to/],
      [['--ics', CALENDAR, '--format', 'pdf'], /--format takes a list of html, csv, json/],
      [['--ics', join(work, 'nope')], /not a directory/],
      [['--ics', FIXTURES, '--bogus'], /Unknown option/],
      [['--graph'], /--graph needs Graph configured: set GRAPH_TENANT_ID, GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET/],
    ];
    for (const [args, message] of cases) {
      const io = memoryIO('', { cwd: work });
      expect(await main(['audit', ...args], io), args.join(' ')).toBe(2);
      expect(io.err()).toMatch(message);
    }
    const empty = join(work, 'empty');
    await mkdir(empty, { recursive: true });
    const io = memoryIO('', { cwd: work });
    expect(await main(['audit', '--ics', empty], io)).toBe(2);
    expect(io.err()).toMatch(/no \.ics files in/);
  });

  it('fails clearly (exit 2) when Graph cannot be reached, without printing the secret', async () => {
    const env = {
      GRAPH_TENANT_ID: 't',
      GRAPH_CLIENT_ID: 'c',
      GRAPH_CLIENT_SECRET: 'graph-client-secret-value',
      AZURE_AUTHORITY_HOST: 'https://127.0.0.1:9',
      GRAPH_BASE_URL: 'https://127.0.0.1:9/v1.0',
      GRAPH_MONITORED_USERS: 'alice@contoso.example',
    };
    const io = memoryIO('', { cwd: work, env });
    expect(await main(['audit', '--graph'], io)).toBe(2);
    expect(io.err()).toMatch(/could not read the monitored users from Graph/);
    expect(io.err()).not.toContain(env.GRAPH_CLIENT_SECRET);
  });

  it('prints help through the dispatcher', async () => {
    const io = memoryIO();
    expect(await main(['audit', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/Usage: hygiene audit --ics DIR/);
    const top = memoryIO();
    await main(['--help'], top);
    expect(top.out()).toMatch(/\baudit\b/);
  });
});

describe('hygiene audit: progress', () => {
  it('draws a progress bar on stderr only on a terminal', async () => {
    const tty = memoryIO('', { cwd: work, isTTY: true });
    await runAudit(['--ics', CALENDAR, '--out', join(work, 'tty'), '--format', 'json'], tty, NOW);
    expect(tty.err()).toMatch(/\r\[#+\] 4\/4 done/);
    const pipe = memoryIO('', { cwd: work, isTTY: false });
    await runAudit(['--ics', CALENDAR, '--out', join(work, 'pipe'), '--format', 'json'], pipe, NOW);
    expect(pipe.err()).toBe('');
  });
});

describe('audit helpers', () => {
  it('computes ISO weeks across year ends', () => {
    expect(isoWeek(new Date('2026-01-01T12:00:00Z'))).toBe('2026-W01');
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2024-12-30T00:00:00Z'))).toBe('2025-W01');
    expect(isoWeek(new Date('2026-01-05T10:00:00Z'))).toBe('2026-W02');
  });

  it('quotes CSV cells and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+44 20')).toBe("'+44 20");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('=A1,"x"')).toBe('"\'=A1,""x"""');
    expect(csvCell(undefined)).toBe('');
  });
});
