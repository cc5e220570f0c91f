import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withBoundedBody } from '../../../src/adapters/slack/bounded-body.js';

describe('withBoundedBody', () => {
  let server: Server;
  let url: string;
  let seen: (Buffer | undefined)[];

  beforeEach(async () => {
    seen = [];
    const app = express();
    app.post(
      '/slack/events',
      withBoundedBody((req, res) => {
        seen.push((req as { rawBody?: Buffer }).rawBody);
        res.status(200).send('handled');
      }, 1000),
    );
    server = createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('hands the exact raw body on as req.rawBody', async () => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(await res.text()).toBe('handled');
    expect(seen[0]?.toString()).toBe('{"a":1}');
  });

  it('refuses a chunked body over the limit with 413 JSON, without calling the handler', async () => {
    const status = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { 'content-type': 'text/plain' } }, (res) => {
        let body = '';
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      for (let i = 0; i < 5; i++) req.write('x'.repeat(400));
      req.end();
    });
    expect(status.status).toBe(413);
    expect(JSON.parse(status.body)).toMatchObject({ error: 'payload_too_large' });
    expect(seen).toHaveLength(0);
  });

  it("answers Slack's unsigned ssl_check with an empty 200 and nothing else", async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'ssl_check=1&token=x&payload=%7B%22type%22%3A%22block_actions%22%7D',
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(seen).toHaveLength(0);
  });
});
