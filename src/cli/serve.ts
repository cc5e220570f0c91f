import type { CliIO } from './io.js';
export async function runServe(_args: string[], io: CliIO): Promise<number> {
  io.stderr.write('hygiene serve: not implemented yet\n');
  return 2;
}
