// Structured logs (pino) with redaction: known secrets (tokens, passwords, client states) are masked in every line,
// and the usual secret-bearing fields are censored by path. Detected meeting credentials are never logged at all:
// only redacted reports leave the analysis engine.
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Secrets registered here are replaced by [REDACTED] in every log line, whatever field they hide in. */
export class SecretRedactor {
  private secrets: string[] = [];

  add(...values: (string | undefined)[]): void {
    for (const v of values) {
      // Very short values would mask ordinary words; real secrets here are long.
      if (!v || v.length < 6) continue;
      // Log lines are JSON: a secret with quotes, backslashes or control characters appears escaped there.
      for (const form of [v, JSON.stringify(v).slice(1, -1)]) if (!this.secrets.includes(form)) this.secrets.push(form);
    }
    this.secrets.sort((a, b) => b.length - a.length);
  }

  apply(text: string): string {
    let out = text;
    for (const s of this.secrets) if (out.includes(s)) out = out.split(s).join('[REDACTED]');
    return out;
  }
}

const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
  'password',
  'clientSecret',
  'clientState',
  'token',
  'accessToken',
  'access_token',
  '*.password',
  '*.clientSecret',
  '*.clientState',
  '*.token',
  '*.accessToken',
];

export function createLogger(
  options: { level?: string; redactor?: SecretRedactor; destination?: DestinationStream } = {},
): Logger {
  const redactor = options.redactor ?? new SecretRedactor();
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'meeting-hygiene' },
      redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
      hooks: { streamWrite: (line) => redactor.apply(line) },
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
