// An in-memory CliIO: run `hygiene` commands in-process and read what they printed.
import { PassThrough } from 'node:stream';
import type { CliIO } from '../../src/cli/io.js';

export type MemoryIO = CliIO & { out: () => string; err: () => string };

export function memoryIO(input = '', overrides: Partial<CliIO> = {}): MemoryIO {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => {
    out += c;
  });
  stderr.on('data', (c) => {
    err += c;
  });
  const stdin = new PassThrough();
  stdin.end(input);
  return {
    stdin,
    stdout,
    stderr,
    isTTY: false,
    env: {},
    cwd: process.cwd(),
    ...overrides,
    out: () => out,
    err: () => err,
  };
}
