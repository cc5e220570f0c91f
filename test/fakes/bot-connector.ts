// A local fake of the Bot Connector REST API (facts/bots.md A3): the serviceUrl the bot replies to.
// It records every request so tests can assert what Teams would have received, and can be told to fail.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorRequest {
  method: string;
  path: string;
  /** Decoded conversation id of the URL, when the path has one. */
  conversationId?: string;
  activityId?: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown> | undefined;
}

export interface FakeConnector {
  url: string;
  requests: ConnectorRequest[];
  /** Activities the bot sent (POST/PUT to …/activities), in order. */
  sent(): ConnectorRequest[];
  /** The next `count` requests fail with this status (e.g. 429, 503). */
  failNext(count: number, status: number, headers?: Record<string, string>): void;
  /** Waits until at least `count` activities have been sent. */
  waitForSent(count: number, timeoutMs?: number): Promise<ConnectorRequest[]>;
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const requests: ConnectorRequest[] = [];
  const failures: { status: number; headers: Record<string, string> }[] = [];
  let nextId = 1;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
      let body: Record<string, unknown> | undefined;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = undefined;
      }
      const isConversations = parts[0] === 'v3' && parts[1] === 'conversations';
      const record: ConnectorRequest = {
        method: req.method ?? 'GET',
        path,
        conversationId: isConversations ? parts[2] : undefined,
        activityId: isConversations && parts[3] === 'activities' ? parts[4] : undefined,
        headers: req.headers,
        body,
      };
      requests.push(record);
      const failure = failures.shift();
      if (failure) {
        res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
        res.end(JSON.stringify({ error: { code: 'Throttled', message: 'fake failure' } }));
        return;
      }
      res.setHeader('content-type', 'application/json');
      if (isConversations && parts.length === 2 && req.method === 'POST') {
        res.writeHead(201);
        res.end(JSON.stringify({ id: `a:new-conversation-${nextId++}`, activityId: `act-${nextId++}` }));
        return;
      }
      if (isConversations && parts[3] === 'activities') {
        res.writeHead(200);
        res.end(JSON.stringify({ id: parts[4] && req.method === 'PUT' ? parts[4] : `act-${nextId++}` }));
        return;
      }
      if (isConversations && parts[3] === 'members') {
        res.writeHead(200);
        res.end(JSON.stringify(parts[4] ? { id: parts[4], name: 'Member' } : []));
        return;
      }
      res.writeHead(404);
      res.end(JSON.stringify({ error: { code: 'NotFound', message: `fake connector has no ${req.method} ${path}` } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const sent = () =>
    requests.filter((r) => r.activityId !== undefined || (r.path.endsWith('/activities') && r.method === 'POST'));
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    sent,
    failNext(count, status, headers = {}) {
      for (let i = 0; i < count; i++) failures.push({ status, headers });
    },
    async waitForSent(count, timeoutMs = 5000) {
      const started = Date.now();
      while (sent().length < count) {
        if (Date.now() - started > timeoutMs)
          throw new Error(`expected ${count} sent activities, got ${sent().length}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return sent();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
