// Retrying calls to chat platforms: 429 and 5xx (and network errors) are retried with exponential backoff;
// other 4xx are final. Returns the value and the number of attempts it took.
import pRetry, { AbortError } from 'p-retry';
import { DeliveryError, type SendResult } from '../app/deliver.js';

export interface RetryOptions {
  retries?: number;
  minTimeoutMs?: number;
}

/** HTTP status of an SDK error (botbuilder RestError `statusCode`, Slack `data.status`/`code`), if any. */
export function statusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } } | undefined;
  for (const v of [e?.statusCode, e?.status, e?.response?.status]) if (typeof v === 'number') return v;
  return undefined;
}

export const isTransient = (err: unknown): boolean => {
  const status = statusOf(err);
  return status === undefined || status === 429 || status >= 500;
};

export async function withRetries<T>(
  send: () => Promise<T>,
  options: RetryOptions = {},
): Promise<{ value: T; attempts: number }> {
  let attempts = 0;
  try {
    const value = await pRetry(
      async () => {
        attempts++;
        try {
          return await send();
        } catch (err) {
          if (!isTransient(err)) throw new AbortError(err instanceof Error ? err : String(err));
          throw err;
        }
      },
      { retries: options.retries ?? 4, minTimeout: options.minTimeoutMs ?? 250, factor: 2, randomize: true },
    );
    return { value, attempts };
  } catch (err) {
    const status = statusOf(err);
    const message = err instanceof Error ? err.message : String(err);
    throw new DeliveryError(status ? `HTTP ${status}: ${message}` : message, attempts);
  }
}

/** Adapts withRetries to the SendResult a delivery records. */
export async function sendWithRetries(
  send: () => Promise<string | undefined>,
  options?: RetryOptions,
): Promise<SendResult> {
  const { value, attempts } = await withRetries(send, options);
  return { messageRef: value, attempts };
}
