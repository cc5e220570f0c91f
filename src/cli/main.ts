// `hygiene`: dispatches to one module per command. Each command returns its exit code.
import { CliError, type CliIO, processIO, write } from './io.js';

type Command = { summary: string; run: (args: string[], io: CliIO) => Promise<number> };

const commands: Record<string, Command> = {
  serve: {
    summary: 'run the service (HTTP API, Teams, Slack, Graph watcher); same as npm start',
    run: async (args, io) => (await import('./serve.js')).runServe(args, io),
  },
  check: {
    summary: 'analyse meeting invites for exposed passcodes and risky settings',
    run: async (args, io) => (await import('./check.js')).runCheck(args, io),
  },
  audit: {
    summary: 'audit a folder of .ics files (or Graph calendars): report.html, report.csv, report.json',
    run: async (args, io) => (await import('./audit.js')).runAudit(args, io),
  },
  'audit-log': {
    summary: 'print the audit trail of admin actions and refusals',
    run: async (args, io) => (await import('./audit-log.js')).runAuditLog(args, io),
  },
  ask: {
    summary: 'answer a question about safe video meetings from the NCSC guidance',
    run: async (args, io) => (await import('./ask.js')).runAsk(args, io),
  },
};

export const usage = (): string =>
  [
    'Usage: hygiene <command> [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`),
    '',
    "Run 'hygiene <command> --help' for a command's options.",
    '',
  ].join('\n');

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    await write(name === undefined ? io.stderr : io.stdout, usage());
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    await write(io.stderr, `hygiene: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof CliError) {
      await write(io.stderr, `${err.message}\n`);
      return err.exitCode;
    }
    throw err;
  }
}
