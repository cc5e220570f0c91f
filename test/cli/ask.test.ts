import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../helpers/memory-io.js';

describe('hygiene ask', () => {
  it('answers a question as text and exits 0', async () => {
    const io = memoryIO();
    expect(await main(['ask', 'should I put the meeting password in the calendar invite?'], io)).toBe(0);
    expect(io.out()).toMatch(/password/i);
    expect(io.out()).toMatch(/^- \[ \] /m);
    expect(io.out()).toMatch(/Source: Video conferencing services: security guidance for organisations/);
  });

  it('prints the contract JSON with --format json', async () => {
    const io = memoryIO();
    expect(await main(['ask', 'how do I know if a call is being recorded?', '--format', 'json'], io)).toBe(0);
    const a = JSON.parse(io.out());
    expect(Object.keys(a)).toEqual(
      expect.arrayContaining(['answered', 'topic', 'title', 'text', 'checklist', 'sources', 'confidence']),
    );
    expect(a).toMatchObject({ answered: true, topic: 'recording-indicator' });
    expect(a.confidence).toBeGreaterThan(0);
    expect(a.confidence).toBeLessThanOrEqual(1);
  });

  it('exits 1 and lists its topics for an out-of-scope question', async () => {
    const io = memoryIO();
    expect(await main(['ask', "what's the wifi password?", '--format', 'json'], io)).toBe(1);
    const a = JSON.parse(io.out());
    expect(a).toMatchObject({ answered: false, topic: null, checklist: [] });
    expect(a.text).toMatch(/I can help with/);
  });

  it('exits 2 without a question, or with a bad --format', async () => {
    const none = memoryIO();
    expect(await main(['ask'], none)).toBe(2);
    expect(none.err()).toMatch(/question is required/);
    const bad = memoryIO();
    expect(await main(['ask', 'lobby?', '--format', 'xml'], bad)).toBe(2);
    expect(bad.err()).toMatch(/--format must be one of text, json/);
  });

  it('prints usage with --help and exits 0', async () => {
    const io = memoryIO();
    expect(await main(['ask', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/hygiene ask --jsonl/);
  });

  it('answers JSONL from stdin, one line each, keeping ids, and reports bad lines (exit 2)', async () => {
    const input = [
      '{"id":"a","question":"should externals wait in the lobby?"}',
      'not json',
      '',
      '{"question":"when does the canteen close?"}',
      '["array"]',
      '{"id":7,"question":""}',
      '{"id":8,"question":"how do I blur my background?"}',
    ].join('\n');
    const io = memoryIO(input);
    expect(await main(['ask', '--jsonl'], io)).toBe(2);
    const lines = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ id: 'a', answered: true, topic: 'lobby-and-passcodes' });
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringMatching(/invalid JSON/) });
    expect(lines[2]).toMatchObject({ answered: false, topic: null });
    expect(lines[2].id).toBeUndefined();
    expect(lines[3]).toMatchObject({ line: 5, error: expect.any(String) });
    expect(lines[4]).toMatchObject({ line: 6, error: expect.stringMatching(/question/) });
    expect(lines[5]).toMatchObject({ id: 8, answered: true, topic: 'camera-and-background' });
  });

  it('reads JSONL from a file and exits 0 when every line is good', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ask-'));
    writeFileSync(join(dir, 'q.jsonl'), '{"id":1,"question":"pw in the invite?"}\n{"id":2,"question":"pizza?"}\n');
    const io = memoryIO('', { cwd: dir });
    expect(await main(['ask', '--jsonl', 'q.jsonl'], io)).toBe(0);
    const lines = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.answered])).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it('exits 2 on an unreadable file', async () => {
    const io = memoryIO();
    expect(await main(['ask', '--jsonl', '/nonexistent/questions.jsonl'], io)).toBe(2);
    expect(io.err()).toMatch(/cannot read input/);
  });
});
