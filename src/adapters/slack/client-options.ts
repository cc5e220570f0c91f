// Options of every Slack WebClient the service makes: the API base (SLACK_API_URL; tests point it at a local fake)
// and retries. The WebClient's own retry policy (ten retries in about thirty minutes by default) would hold a listener
// or a start-up for that long when Slack is down, so it is kept short; proactive sends retry through sendWithRetries.

import type { Logger as BoltLogger, webApi } from '@slack/bolt';
import type { Config } from '../../config.js';

export interface SlackRetry {
  retries?: number;
  minTimeoutMs?: number;
}

/**
 * `retries`: the client's own retries of Slack-side failures (default 2). Proactive sends pass 0: their retries are
 * counted by sendWithRetries, which records the attempts of a delivery.
 */
export function webClientOptions(
  config: Config['slack'],
  logger: BoltLogger,
  retry: SlackRetry = {},
  retries = 2,
): webApi.WebClientOptions {
  return {
    slackApiUrl: config.apiUrl.endsWith('/') ? config.apiUrl : `${config.apiUrl}/`,
    logger,
    // Rate limits are raised to the caller (classified as 429) instead of being slept through inside the client.
    rejectRateLimitedCalls: true,
    retryConfig: {
      retries: Math.min(retry.retries ?? retries, retries),
      minTimeout: retry.minTimeoutMs ?? 500,
      factor: 2,
    },
    timeout: 10_000,
  };
}
