// Requests signed exactly as Slack signs them (https://api.slack.com/authentication/verifying-requests-from-slack):
// `X-Slack-Signature: v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}` under the signing secret, and
// `X-Slack-Request-Timestamp` in seconds. Slash commands and interactivity are form-encoded (interactivity as a
// single `payload` field holding JSON); Events API deliveries are JSON.
import { createHmac } from 'node:crypto';

export const FORM = 'application/x-www-form-urlencoded';

export function slackSignature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export function signedHeaders(
  secret: string,
  rawBody: string,
  contentType: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(secret, timestamp, rawBody),
  };
}

export const formBody = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();

export interface SlackPoster {
  /** Posts a raw body to /slack/events, signed unless told otherwise. */
  raw(
    rawBody: string,
    contentType: string,
    options?: { timestamp?: number; secret?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; text: string; json: unknown }>;
  command(text: string, fields?: Record<string, string>): Promise<{ status: number; text: string; json: unknown }>;
  event(
    event: Record<string, unknown>,
    envelope?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; text: string; json: unknown }>;
  interaction(payload: unknown): Promise<{ status: number; text: string; json: unknown }>;
}

let eventCounter = 0;

export function slackPoster(baseUrl: string, signingSecret: string, defaults: { responseUrl: string }): SlackPoster {
  const raw: SlackPoster['raw'] = async (rawBody, contentType, options = {}) => {
    const headers = {
      ...signedHeaders(options.secret ?? signingSecret, rawBody, contentType, options.timestamp),
      ...options.headers,
    };
    const res = await fetch(`${baseUrl}/slack/events`, { method: 'POST', headers, body: rawBody });
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, text, json };
  };
  return {
    raw,
    command: (text, fields = {}) =>
      raw(
        formBody({
          token: 'legacy-verification-token',
          team_id: 'T0TEAM001',
          team_domain: 'contoso',
          channel_id: 'C0GENERAL1',
          channel_name: 'general',
          user_id: 'U0ALICE01',
          user_name: 'alice',
          command: '/hygiene',
          text,
          api_app_id: 'A0APP0001',
          is_enterprise_install: 'false',
          response_url: defaults.responseUrl,
          trigger_id: '1337.42.abcd',
          ...fields,
        }),
        FORM,
      ),
    event: (event, envelope = {}, headers = {}) =>
      raw(
        JSON.stringify({
          token: 'legacy-verification-token',
          team_id: 'T0TEAM001',
          api_app_id: 'A0APP0001',
          type: 'event_callback',
          event_id: `Ev${String(++eventCounter).padStart(8, '0')}`,
          event_time: Math.floor(Date.now() / 1000),
          authorizations: [{ enterprise_id: null, team_id: 'T0TEAM001', user_id: 'UBOT0001', is_bot: true }],
          event,
          ...envelope,
        }),
        'application/json',
        { headers },
      ),
    interaction: (payload) =>
      raw(formBody({ payload: typeof payload === 'string' ? payload : JSON.stringify(payload) }), FORM),
  };
}
