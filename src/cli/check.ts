// `hygiene check [FILE|-] [--format text|json] [--jsonl]`: analyses meeting invites (CONTRACT.md).
// Exit 0 no finding, 1 findings, 2 bad input or usage.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { InviteReport, Severity } from '../domain/findings.js';
import {
  analyseInvite,
  type DetectedInput,
  detectInputs,
  fromJson,
  InputError,
  parseJson,
} from '../domain/invite/index.js';
import { oneOf, parseCommandArgs } from './args.js';
import { CliError, type CliIO, EXIT, write } from './io.js';

export const checkUsage = (): string =>
  [
    'Usage: hygiene check [FILE|-] [--format text|json] [--jsonl]',
    '',
    'Analyses meeting invites for exposed passcodes and risky meeting settings.',
    'FILE (or stdin with - or no FILE) holds one of, detected automatically: a Microsoft Graph event or',
    'collection {"value":[…]}, an iCalendar file, an HTML invite body, or a plain-text invite body.',
    '',
    'Options:',
    '  --format text|json  output for people (default) or {"items":[…]}',
    '  --jsonl             one invite a line ({"id"?, "subject"?, "body", "format"?} or a Graph event);',
    '                      one JSON result a line, streamed; a bad line gives {"line":N,"error":"…"}',
    '  -h, --help          this help',
    '',
    'Exit codes: 0 no finding, 1 findings, 2 bad input or usage. Detected credentials are always redacted.',
    '',
  ].join('\n');

const FLUSH_AT = 64 * 1024;

export async function runCheck(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', args, {
    format: { type: 'string' },
    jsonl: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    await write(io.stdout, checkUsage());
    return EXIT.ok;
  }
  const format = oneOf('check', 'format', values.format, ['text', 'json'] as const, 'text');
  if (positionals.length > 1)
    throw new CliError(`hygiene check: expected at most one FILE (got ${positionals.length})`);
  const file = positionals[0];
  return values.jsonl ? checkJsonLines(openInput(file, io), io) : checkDocument(await readInput(file, io), format, io);
}

function openInput(file: string | undefined, io: CliIO): Readable {
  if (file === undefined || file === '-') return io.stdin;
  return createReadStream(resolve(io.cwd, file));
}

async function readInput(file: string | undefined, io: CliIO): Promise<string> {
  try {
    if (file === undefined || file === '-') {
      let text = '';
      io.stdin.setEncoding('utf8');
      for await (const chunk of io.stdin) text += chunk;
      return text;
    }
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (err) {
    throw new CliError(`hygiene check: cannot read ${file ?? 'stdin'}: ${(err as Error).message}`, EXIT.badInput);
  }
}

async function checkDocument(text: string, format: 'text' | 'json', io: CliIO): Promise<number> {
  let inputs: DetectedInput[];
  try {
    inputs = detectInputs(text);
  } catch (err) {
    throw new CliError(`hygiene check: ${describeError(err)}`, EXIT.badInput);
  }
  const items = inputs.map(({ input, context }) => analyseInvite(input, context).report);
  if (format === 'json') await write(io.stdout, `${JSON.stringify({ items })}\n`);
  else await write(io.stdout, renderText(items, io.isTTY));
  return items.some((i) => i.findings.length > 0) ? EXIT.findings : EXIT.ok;
}

/** Streams one result per input line; memory stays bounded by the longest line. */
async function checkJsonLines(stream: Readable, io: CliIO): Promise<number> {
  const out = new OutputBuffer(io.stdout);
  let lineNo = 0;
  let findings = false;
  let badLines = 0;
  let firstBad = 0;

  // Synchronous per line: the only await is the occasional flush of a full output batch (backpressure).
  const handle = (line: string): void => {
    lineNo++;
    if (line.length === 0 || (isBlankEdge(line) && line.trim() === '')) return;
    try {
      const value = parseJson(line);
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new InputError('not a JSON object');
      for (const { input, context } of fromJson(value)) {
        const { report } = analyseInvite(input, context);
        if (report.findings.length > 0) findings = true;
        out.push(JSON.stringify(report));
      }
    } catch (err) {
      badLines++;
      firstBad ||= lineNo;
      out.push(JSON.stringify({ line: lineNo, error: describeError(err) }));
    }
  };

  // Lines are cut from raw chunks at the newline byte (0x0A never occurs inside a UTF-8 sequence), so each
  // line is decoded once and no growing string is re-scanned; a line spanning chunks keeps its pieces.
  const carry: Buffer[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      let from = 0;
      for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10, from)) {
        if (carry.length > 0) {
          carry.push(buf.subarray(from, nl));
          handle(lineOf(Buffer.concat(carry)));
          carry.length = 0;
        } else handle(lineOf(buf, from, nl));
        from = nl + 1;
        if (out.full) await out.flush();
      }
      if (from < buf.length) carry.push(buf.subarray(from));
    }
  } catch (err) {
    await out.flush();
    throw new CliError(`hygiene check: cannot read input: ${(err as Error).message}`, EXIT.badInput);
  }
  if (carry.length > 0) handle(lineOf(Buffer.concat(carry)));
  await out.flush();
  if (badLines > 0) {
    await write(io.stderr, `hygiene check: ${badLines} bad input line(s), first at line ${firstBad}\n`);
    return EXIT.badInput;
  }
  return findings ? EXIT.findings : EXIT.ok;
}

/** One input line as text: UTF-8, without the `\r` of CRLF endings. */
function lineOf(buf: Buffer, start = 0, end = buf.length): string {
  let e = end;
  if (e > start && buf[e - 1] === 13) e--;
  return buf.toString('utf8', start, e);
}

/** Possible whitespace at either end (ASCII blanks, or any non-ASCII character): only then can a line be blank. */
const isBlankEdge = (line: string): boolean => {
  const first = line.charCodeAt(0);
  const last = line.charCodeAt(line.length - 1);
  return first <= 32 || first >= 128 || last <= 32 || last >= 128;
};

/** Batches result lines into large writes, waiting for the stream to drain (backpressure). */
class OutputBuffer {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly stream: Writable) {}
  get full(): boolean {
    return this.size >= FLUSH_AT;
  }
  push(line: string): void {
    this.parts.push(line);
    this.size += line.length + 1;
  }
  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = `${this.parts.join('\n')}\n`;
    this.parts = [];
    this.size = 0;
    await write(this.stream, text);
  }
}

function describeError(err: unknown): string {
  if (err instanceof InputError) return err.message;
  if (err && typeof err === 'object' && 'issues' in err && Array.isArray((err as { issues: unknown[] }).issues)) {
    const issue = (err as { issues: { path: (string | number)[]; message: string }[] }).issues[0];
    return issue ? `invalid Graph event: ${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid Graph event';
  }
  return (err as Error)?.message ?? String(err);
}

const COLOURS: Record<Severity, string> = { info: '36', low: '32', medium: '33', high: '31', critical: '1;31' };

export function renderText(items: readonly InviteReport[], colour: boolean): string {
  const paint = (s: Severity, text: string): string => (colour ? `\u001b[${COLOURS[s]}m${text}\u001b[0m` : text);
  const out: string[] = [];
  for (const item of items) {
    const title = item.subject || item.id || '(no subject)';
    out.push(item.id && item.subject ? `${title}  [${item.id}]` : title);
    out.push(`  providers: ${item.providers.length ? item.providers.join(', ') : 'none found'}`);
    for (const url of item.joinUrls) out.push(`  join: ${url}`);
    if (item.findings.length === 0) out.push('  no findings');
    for (const f of item.findings) {
      out.push(`  ${paint(f.severity, `[${f.severity}]`)} ${f.rule}: ${f.message}`);
      out.push(`      evidence: ${f.evidence}`);
      out.push(`      what to do: ${f.guidance}`);
    }
    out.push('');
  }
  return out.join('\n');
}
