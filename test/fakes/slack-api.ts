// A local fake of the Slack Web API (facts/bots.md B3) and of response_url: what the bot would have sent to Slack.
// WebClient posts form-urlencoded bodies with nested values (blocks, view) as JSON strings; those are decoded here.
// Scriptable failures: HTTP statuses (429 with Retry-After, 5xx) and Slack platform errors (`ok: false`).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackApiRequest {
  /** Web API method (`chat.postMessage`), or `response_url` for posts to a response URL. */
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  raw: string;
}

interface Failure {
  method: string;
  status: number;
  headers: Record<string, string>;
  error?: string;
}

export interface FakeSlackApi {
  /** Base URL for SLACK_API_URL (ends with `/api/`). */
  apiUrl: string;
  /** A response_url the fake records posts to. */
  responseUrl(id?: string): string;
  requests: SlackApiRequest[];
  calls(method: string): SlackApiRequest[];
  /** E-mail → Slack user id, for users.lookupByEmail. */
  users: Map<string, string>;
  /** The next `count` calls of `method` ('*' for any) fail with this HTTP status, or with `ok:false, error`. */
  failNext(
    method: string,
    count: number,
    status: number,
    options?: { headers?: Record<string, string>; error?: string },
  ): void;
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<SlackApiRequest[]>;
  /** Resolves after a quiet moment, so tests can assert that nothing (more) was sent. */
  settle(ms?: number): Promise<void>;
  close(): Promise<void>;
}

export const FAKE_BOT = { userId: 'UBOT0001', botId: 'BBOT0001', teamId: 'T0TEAM001' };

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const requests: SlackApiRequest[] = [];
  const failures: Failure[] = [];
  const users = new Map<string, string>();
  let ts = 1_700_000_000;

  const answer = (method: string, body: Record<string, unknown>): Record<string, unknown> => {
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: FAKE_BOT.userId, bot_id: FAKE_BOT.botId, team_id: FAKE_BOT.teamId };
      case 'chat.postMessage': {
        const channel = String(body.channel ?? '');
        return { ok: true, channel: channel.startsWith('U') ? `D${channel.slice(1)}` : channel, ts: `${++ts}.000100` };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${++ts}.000200` };
      case 'chat.update':
        return { ok: true, channel: body.channel, ts: body.ts };
      case 'users.lookupByEmail': {
        const id = users.get(String(body.email ?? '').toLowerCase());
        return id ? { ok: true, user: { id } } : { ok: false, error: 'users_not_found' };
      }
      case 'users.info': {
        const email = [...users].find(([, id]) => id === body.user)?.[0];
        return email
          ? { ok: true, user: { id: body.user, profile: { email } } }
          : { ok: false, error: 'user_not_found' };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(body.users ?? 'X').slice(1)}` } };
      case 'views.publish':
        return { ok: true, view: { id: 'V0001', ...(body.view as object) } };
      case 'response_url':
        return { ok: true };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const method = path.startsWith('/response/') ? 'response_url' : path.replace(/^\/api\//, '');
      const body = decodeBody(raw, String(req.headers['content-type'] ?? ''));
      requests.push({ method, path, headers: req.headers, body, raw });
      const i = failures.findIndex((f) => f.method === method || f.method === '*');
      if (i >= 0) {
        const [f] = failures.splice(i, 1);
        if (f?.error) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: false, error: f.error }));
          return;
        }
        res.writeHead(f?.status ?? 500, { 'content-type': 'application/json', ...f?.headers });
        res.end(JSON.stringify({ ok: false, error: 'fake_failure' }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer(method, body)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const calls = (method: string) => requests.filter((r) => r.method === method);
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id = 'r1') => `${base}/response/${id}`,
    requests,
    calls,
    users,
    failNext(method, count, status, options = {}) {
      for (let n = 0; n < count; n++)
        failures.push({ method, status, headers: options.headers ?? {}, error: options.error });
    },
    async waitFor(method, count = 1, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (calls(method).length < count) {
        if (Date.now() > deadline) {
          throw new Error(
            `expected ${count} ${method} call(s), saw ${calls(method).length}: ${requests.map((r) => r.method).join(', ')}`,
          );
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      return calls(method);
    },
    settle: (ms = 300) => new Promise((r) => setTimeout(r, ms)),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function decodeBody(raw: string, contentType: string): Record<string, unknown> {
  if (!raw) return {};
  if (contentType.startsWith('application/json')) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? tryJson(v) : v;
  }
  return out;
}

const tryJson = (v: string): unknown => {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
};
