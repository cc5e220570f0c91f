// `hygiene ask`: answers staff questions from the guidance knowledge base (../shared/CONTRACT.md).
//   hygiene ask "QUESTION" [--format text|json]   exit 0 answered, 1 not answered, 2 usage
//   hygiene ask --jsonl [FILE|-]                   one {"id"?, "question"} a line in, one answer a line out
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { type Answer, answerToMessage, createGuidance, type Guidance } from '../domain/guidance/index.js';
import { renderPlainText } from '../domain/message.js';
import { oneOf, parseCommandArgs } from './args.js';
import { CliError, type CliIO, EXIT, write } from './io.js';

export const askUsage = (): string =>
  [
    'Usage:',
    '  hygiene ask "QUESTION" [--format text|json]',
    '  hygiene ask --jsonl [FILE|-]',
    '',
    'Answers a question about using video meetings securely, from the NCSC guidance',
    '"Video conferencing services: security guidance for organisations".',
    '',
    'Options:',
    '  --format text|json  output for one question (default text)',
    '  --jsonl             read one {"id"?, "question"} object a line from FILE or stdin (- or none);',
    '                      write one JSON answer a line; a bad line gives {"line":N,"error":"..."}',
    '  -h, --help          this help',
    '',
    'Exit codes: 0 answered, 1 not answered (out of scope), 2 usage or bad input.',
    '',
  ].join('\n');

export async function runAsk(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('ask', args, {
    format: { type: 'string' },
    jsonl: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    await write(io.stdout, askUsage());
    return EXIT.ok;
  }
  const format = oneOf('ask', 'format', values.format, ['text', 'json'] as const, 'text');
  if (values.jsonl) {
    if (positionals.length > 1) throw new CliError("hygiene ask --jsonl: give at most one FILE (or '-' for stdin)");
    return answerLines(openInput(positionals[0], io), createGuidance(), io);
  }
  const question = positionals.join(' ').trim();
  if (!question) throw new CliError(`hygiene ask: a question is required\n${askUsage()}`);
  const answer = createGuidance().ask(question);
  await write(
    io.stdout,
    format === 'json' ? `${JSON.stringify(answer)}\n` : `${renderPlainText(answerToMessage(answer))}\n`,
  );
  return answer.answered ? EXIT.ok : EXIT.notAnswered;
}

function openInput(file: string | undefined, io: CliIO): Readable {
  if (file === undefined || file === '-') return io.stdin;
  return createReadStream(resolve(io.cwd, file), { encoding: 'utf8' });
}

/** One answer line per question line, streamed: memory does not grow with the input, writes respect backpressure. */
async function answerLines(input: Readable, guidance: Guidance, io: CliIO): Promise<number> {
  let lineNumber = 0;
  let bad = false;
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of lines) {
      lineNumber++;
      if (!line.trim()) continue;
      const parsed = parseQuestionLine(line);
      if ('error' in parsed) {
        bad = true;
        await write(io.stdout, `${JSON.stringify({ line: lineNumber, error: parsed.error })}\n`);
        continue;
      }
      const answer: Answer = guidance.ask(parsed.question);
      await write(io.stdout, `${JSON.stringify(parsed.id === undefined ? answer : { id: parsed.id, ...answer })}\n`);
    }
  } catch (err) {
    throw new CliError(`hygiene ask: cannot read input: ${(err as Error).message}`, EXIT.badInput);
  }
  return bad ? EXIT.badInput : EXIT.ok;
}

type QuestionLine = { id?: string | number; question: string } | { error: string };

function parseQuestionLine(line: string): QuestionLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { error: `invalid JSON: ${(err as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'expected a JSON object' };
  const { id, question } = value as Record<string, unknown>;
  if (typeof question !== 'string' || !question.trim()) return { error: '"question" must be a non-empty string' };
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number')
    return { error: '"id" must be a string or number' };
  return id === undefined ? { question } : { id, question };
}
