import type { CliIO } from './io.js';
export async function runCheck(_args: string[], io: CliIO): Promise<number> {
  io.stderr.write('hygiene check: not implemented yet\n');
  return 2;
}
