// A small argument parser over node:util.parseArgs that turns its errors into CliErrors.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliError } from './io.js';

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: string[],
  options: T,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new CliError(`hygiene ${command}: ${(err as Error).message} (see 'hygiene ${command} --help')`);
  }
}

export function oneOf<T extends string>(
  command: string,
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`hygiene ${command}: --${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
}
