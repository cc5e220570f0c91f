// Slack Web API failures, classified for the retry policy (src/adapters/retry.ts retries 429, 5xx and errors with no
// status). @slack/web-api errors carry a `code` (facts/bots.md B3): a platform error (`ok: false`) is answered with
// HTTP 200 and is final unless Slack says it is its own trouble; a rate limit is 429; HTTP errors keep their status;
// a request error (network, timeout) has no status and is retried.
import { webApi } from '@slack/bolt';

const { ErrorCode } = webApi;

/** Platform error codes that mean "try again later" (https://api.slack.com/methods/chat.postMessage#errors). */
const TRANSIENT_PLATFORM_ERRORS = new Set([
  'ratelimited',
  'rate_limited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

export class SlackApiError extends Error {
  constructor(
    message: string,
    /** HTTP-like status for the retry policy: 429 / 5xx transient, other 4xx final, undefined = network. */
    readonly status: number | undefined,
    /** Slack's own error string (`users_not_found`, `channel_not_found`, …), when it gave one. */
    readonly slackError?: string,
    /** Seconds Slack asked us to wait (Retry-After), on a rate limit. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'SlackApiError';
  }
}

interface WebApiErrorShape {
  code?: string;
  message?: string;
  data?: { error?: string };
  statusCode?: number;
  retryAfter?: number;
}

export function classifySlackError(err: unknown): SlackApiError {
  if (err instanceof SlackApiError) return err;
  const e = (err ?? {}) as WebApiErrorShape;
  const message = e.message ?? String(err);
  switch (e.code) {
    case ErrorCode.RateLimitedError:
      return new SlackApiError(message, 429, 'ratelimited', e.retryAfter);
    case ErrorCode.HTTPError:
      return new SlackApiError(message, e.statusCode ?? 502);
    case ErrorCode.PlatformError: {
      const slackError = e.data?.error ?? 'unknown_error';
      return new SlackApiError(
        `slack: ${slackError}`,
        TRANSIENT_PLATFORM_ERRORS.has(slackError) ? 503 : 400,
        slackError,
      );
    }
    default:
      return new SlackApiError(message, undefined);
  }
}

/**
 * Calls Slack and rethrows failures classified. On a rate limit it first waits what Slack asked (capped), so the
 * retry that follows is not refused again.
 */
export async function callSlack<T>(call: () => Promise<T>, maxWaitSeconds = 30): Promise<T> {
  try {
    return await call();
  } catch (err) {
    const failure = classifySlackError(err);
    if (failure.status === 429 && failure.retryAfter) {
      await new Promise((r) => setTimeout(r, Math.min(failure.retryAfter ?? 0, maxWaitSeconds) * 1000));
    }
    throw failure;
  }
}
