import { Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLogger, SecretRedactor } from '../../src/observability/logger.js';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, destination };
}

describe('logger redaction', () => {
  it('masks registered secrets wherever they appear, and secret-bearing fields by name', () => {
    const { lines, destination } = capture();
    const redactor = new SecretRedactor();
    redactor.add('xoxb-1234567890-secret', 'graph-client-secret-value');
    const logger = createLogger({ level: 'debug', redactor, destination });
    logger.info(
      { url: 'https://x/?token=xoxb-1234567890-secret', nested: { note: 'graph-client-secret-value!' } },
      'calling',
    );
    logger.info(
      { clientState: 'opaque-state-123', headers: { authorization: 'Bearer abc.def' }, password: 'hunter22' },
      'fields',
    );
    const all = lines.join('');
    expect(all).not.toContain('xoxb-1234567890-secret');
    expect(all).not.toContain('graph-client-secret-value');
    expect(all).not.toContain('opaque-state-123');
    expect(all).not.toContain('abc.def');
    expect(all).not.toContain('hunter22');
    expect(all).toContain('[REDACTED]');
  });

  it('never lets a registered secret through, whatever the message', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 8, maxLength: 40 }).filter((s) => s.trim().length >= 8),
        fc.string(),
        (secret, around) => {
          const { lines, destination } = capture();
          const redactor = new SecretRedactor();
          redactor.add(secret);
          const logger = createLogger({ level: 'info', redactor, destination });
          logger.info({ value: `${around}${secret}${around}` }, `message ${secret}`);
          // pino writes JSON; the secret may be escaped in it, so compare against its JSON form too.
          const line = lines.join('');
          expect(line.includes(secret) || line.includes(JSON.stringify(secret).slice(1, -1))).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});
