// `hygiene serve` (= `npm start`): reads `.env` when present, validates the configuration, runs until SIGINT/SIGTERM.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, readConfig } from '../config.js';
import { PolicyError } from '../domain/policy/load.js';
import { StartupError, startService } from '../service.js';
import { CliError, type CliIO, write } from './io.js';

const HELP = `Usage: hygiene serve

Runs the service: the HTTP API, the Teams bot (/api/messages), the Slack app (/slack/events) and the Microsoft Graph
watcher, as configured by environment variables (see .env.example; .env is read when present).
Exit code 0 on a clean shutdown (SIGINT/SIGTERM), 2 on an invalid configuration.
`;

export async function runServe(args: string[], io: CliIO): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    await write(io.stdout, HELP);
    return 0;
  }
  if (args.length > 0)
    throw new CliError(`hygiene serve: unexpected argument '${args[0]}' (see 'hygiene serve --help')`);
  const envFile = join(io.cwd, '.env');
  // process.loadEnvFile leaves variables already set in the environment alone.
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig(io.env);
  } catch (err) {
    if (err instanceof ConfigError) throw new CliError(`hygiene serve: ${err.message}`);
    throw err;
  }
  let service: Awaited<ReturnType<typeof startService>>;
  try {
    service = await startService({ config, cwd: io.cwd });
  } catch (err) {
    if (err instanceof StartupError || err instanceof PolicyError) throw new CliError(`hygiene serve: ${err.message}`);
    throw err;
  }
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      service.logger.info({ signal }, 'shutting down');
      resolve();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  await service.close();
  service.logger.flush?.();
  return 0;
}
