// `hygiene audit-log`: prints the audit trail of admin actions and refusals (who, what, where, when, outcome).
import { openStore } from '../adapters/store/sql-store.js';
import { readConfig } from '../config.js';
import { oneOf, parseCommandArgs } from './args.js';
import { CliError, type CliIO, write } from './io.js';

const HELP = `Usage: hygiene audit-log [--limit N] [--format text|json]

Prints the audit trail of admin commands (reminders posted, scheduled, listed, cancelled) and refusals,
newest first, from the store named by DATABASE_URL (default sqlite:./data/hygiene.sqlite).
`;

export async function runAuditLog(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('audit-log', args, {
    limit: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    await write(io.stdout, HELP);
    return 0;
  }
  const format = oneOf('audit-log', 'format', values.format, ['text', 'json'] as const, 'text');
  const limit = values.limit === undefined ? 100 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100_000)
    throw new CliError('hygiene audit-log: --limit must be a whole number from 1 to 100000');
  const store = await openStore(readConfig(io.env).databaseUrl, { cwd: io.cwd });
  try {
    const entries = await store.audit.list(limit);
    if (format === 'json') {
      for (const e of entries) await write(io.stdout, `${JSON.stringify(e)}\n`);
    } else if (entries.length === 0) {
      await write(io.stdout, 'No audit entries yet.\n');
    } else {
      for (const e of entries) {
        await write(
          io.stdout,
          `${e.at}  ${e.platform.padEnd(5)}  ${e.outcome.padEnd(7)}  ${e.actor}  ${e.action} ${e.target}${e.detail ? `  (${e.detail})` : ''}\n`,
        );
      }
    }
    return 0;
  } finally {
    await store.close();
  }
}
