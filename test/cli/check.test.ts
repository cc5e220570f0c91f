import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../helpers/memory-io.js';

const fixtures = new URL('../fixtures/invites/', import.meta.url).pathname;
const ZOOM =
  'Join Zoom Meeting\nhttps://zoom.us/j/81234567890?pwd=Q1w2E3r4T5y6.1\nMeeting ID: 812 3456 7890\nPasscode: 8Hk2Lq';

describe('hygiene check', () => {
  it('prints usage for --help and exits 0', async () => {
    const io = memoryIO();
    expect(await main(['check', '--help'], io)).toBe(0);
    expect(io.out()).toContain('Usage: hygiene check [FILE|-] [--format text|json] [--jsonl]');
  });

  it('exits 1 with redacted findings for a plain-text invite on stdin (--format json)', async () => {
    const io = memoryIO(ZOOM);
    expect(await main(['check', '--format', 'json', '-'], io)).toBe(1);
    const { items } = JSON.parse(io.out());
    expect(items).toHaveLength(1);
    expect(items[0].providers).toEqual(['zoom']);
    expect(items[0].joinUrls).toEqual(['https://zoom.us/j/81234567890?pwd=[REDACTED]']);
    expect(items[0].findings.map((f: { rule: string }) => f.rule)).toEqual([
      'passcode-in-body',
      'passcode-in-join-url',
    ]);
    expect(io.out()).not.toContain('8Hk2Lq');
    expect(io.out()).not.toContain('Q1w2E3r4T5y6');
  });

  it('exits 0 when nothing is found', async () => {
    const io = memoryIO('Lunch at noon in room 4.12, call +44 20 7946 0000 if late.');
    expect(await main(['check', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out()).items[0].findings).toEqual([]);
  });

  it('reads files: a Graph event and an iCalendar file with two events', async () => {
    const graph = memoryIO();
    expect(await main(['check', join(fixtures, 'graph-event-teams.json'), '--format', 'json'], graph)).toBe(1);
    expect(JSON.parse(graph.out()).items[0].id).toBe('AAMkAGFakeEventId=');
    const ics = memoryIO();
    expect(await main(['check', join(fixtures, 'webex-ja.ics'), '--format', 'json'], ics)).toBe(1);
    expect(JSON.parse(ics.out()).items.map((i: { id: string }) => i.id)).toEqual([
      'webex-ja-0001@example.test',
      'meet-0002@example.test',
    ]);
  });

  it('renders text for people, without colour when stdout is not a terminal', async () => {
    const io = memoryIO(ZOOM);
    expect(await main(['check'], io)).toBe(1);
    expect(io.out()).toContain('providers: zoom');
    expect(io.out()).toMatch(/\[(?:low|medium|high)\] passcode-in-body/);
    expect(io.out()).not.toContain('\u001b[');
    const tty = memoryIO(ZOOM, { isTTY: true });
    await main(['check'], tty);
    expect(tty.out()).toContain('\u001b[');
  });

  it('names the position of invalid JSON in a JSON-looking file and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hygiene-check-'));
    const file = join(dir, 'event.json');
    writeFileSync(file, '{\n  "subject": "x",\n  "body": {"content": "y"\n}\n');
    const io = memoryIO();
    expect(await main(['check', file], io)).toBe(2);
    expect(io.err()).toMatch(/^hygiene check: invalid JSON at line \d+, column \d+/);
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 for an unreadable file and for bad options', async () => {
    const missing = memoryIO();
    expect(await main(['check', '/nonexistent/invite.txt'], missing)).toBe(2);
    expect(missing.err()).toContain('cannot read /nonexistent/invite.txt');
    const bad = memoryIO('x');
    expect(await main(['check', '--format', 'xml'], bad)).toBe(2);
    expect(bad.err()).toContain('--format must be one of text, json');
  });

  it('--jsonl streams one result a line, reports bad lines and continues, exit 2 at the end', async () => {
    const lines = [
      JSON.stringify({ id: 'a', subject: 'Sync', body: ZOOM, format: 'text' }),
      '{"id": "b", "body": ',
      '[1, 2]',
      '',
      JSON.stringify({ id: 'c', body: '<p>Lunch</p>', format: 'html' }),
    ].join('\n');
    const io = memoryIO(`${lines}\n`);
    expect(await main(['check', '--jsonl', '--format', 'json', '-'], io)).toBe(2);
    const out = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id ?? `line ${o.line}`)).toEqual(['a', 'line 2', 'line 3', 'c']);
    expect(out[1].error).toMatch(/invalid JSON/);
    expect(out[2].error).toMatch(/not a JSON object/);
    expect(io.out()).not.toContain('8Hk2Lq');
    expect(io.err()).toContain('2 bad input line(s), first at line 2');
  });

  it('--jsonl exits 1 when all lines are good and one has findings, 0 when none has', async () => {
    const withFinding = memoryIO(`${JSON.stringify({ id: 'a', body: ZOOM })}\n`);
    expect(await main(['check', '--jsonl'], withFinding)).toBe(1);
    const clean = memoryIO(`${JSON.stringify({ id: 'a', body: 'See you at lunch' })}\n`);
    expect(await main(['check', '--jsonl'], clean)).toBe(0);
  });
});
