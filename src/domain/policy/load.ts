// Loading the policy file: YAML or JSON (YAML is a superset), validated; errors name the file and the field.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { defaultPolicy, type Policy, policySchema } from './schema.js';

export class PolicyError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`invalid policy file ${file}: ${field ? `${field}: ` : ''}${detail}`);
    this.name = 'PolicyError';
  }
}

/** Parses policy text (YAML or JSON). `file` only names the source in errors. */
export function parsePolicy(text: string, file = 'policy'): Policy {
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: true }) ?? {};
  } catch (err) {
    throw new PolicyError(file, '', `not valid YAML or JSON (${(err as Error).message.split('\n')[0]})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new PolicyError(file, '', 'must be a mapping of keys');
  const parsed = policySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new PolicyError(file, issue.path.map(String).join('.'), issue.message);
  }
  return parsed.data;
}

/** The policy in force: the file when given, else the built-in defaults. */
export function loadPolicy(file: string | undefined): Policy {
  if (!file) return defaultPolicy();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new PolicyError(
      file,
      '',
      `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
  return parsePolicy(text, file);
}
