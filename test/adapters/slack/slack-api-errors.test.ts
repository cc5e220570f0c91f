import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { isTransient, withRetries } from '../../../src/adapters/retry.js';
import { classifySlackError, SlackApiError } from '../../../src/adapters/slack/slack-api-errors.js';

const coded = (code: string, extra: Record<string, unknown>) => Object.assign(new Error(code), { code, ...extra });

describe('classifySlackError', () => {
  it('maps Web API errors onto the retry policy: 429 and 5xx transient, platform refusals final', () => {
    const limited = classifySlackError(coded(webApi.ErrorCode.RateLimitedError, { retryAfter: 7 }));
    expect(limited).toMatchObject({ status: 429, retryAfter: 7 });
    expect(isTransient(limited)).toBe(true);

    const http = classifySlackError(coded(webApi.ErrorCode.HTTPError, { statusCode: 503 }));
    expect(http.status).toBe(503);
    expect(isTransient(http)).toBe(true);

    const refused = classifySlackError(
      coded(webApi.ErrorCode.PlatformError, { data: { ok: false, error: 'channel_not_found' } }),
    );
    expect(refused).toMatchObject({ status: 400, slackError: 'channel_not_found' });
    expect(isTransient(refused)).toBe(false);

    const slackTrouble = classifySlackError(
      coded(webApi.ErrorCode.PlatformError, { data: { error: 'internal_error' } }),
    );
    expect(isTransient(slackTrouble)).toBe(true);

    const network = classifySlackError(coded(webApi.ErrorCode.RequestError, {}));
    expect(network.status).toBeUndefined();
    expect(isTransient(network)).toBe(true);
  });

  it('makes a final refusal stop retrying after one attempt', async () => {
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          throw new SlackApiError('slack: not_in_channel', 400, 'not_in_channel');
        },
        { retries: 3, minTimeoutMs: 1 },
      ),
    ).rejects.toMatchObject({ attempts: 1 });
    expect(calls).toBe(1);
  });
});
