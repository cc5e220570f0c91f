import type { CliIO } from './io.js';
export async function runAsk(_args: string[], io: CliIO): Promise<number> {
  io.stderr.write('hygiene ask: not implemented yet\n');
  return 2;
}
