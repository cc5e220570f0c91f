// Reads the raw body of a Slack request before Bolt does, so that:
// - a body over the limit is refused with 413 even when it is sent chunked (the server only checks a declared
//   Content-Length); the rest of the upload is drained so the client reads the answer instead of a reset;
// - Bolt still verifies the signature over the exact bytes: ExpressReceiver uses `req.rawBody` when present
//   (`parseExpressRequestRawBody`, facts/bots.md B1);
// - Slack's `ssl_check=1` probe (unsigned by design) gets its empty 200 as HTTPReceiver gives it, with nothing else
//   read from it (https://api.slack.com/interactivity/slash-commands, "ssl_check").
import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export type BodyRead = { ok: true; body: Buffer } | { ok: false; reason: 'too_large' | 'aborted' };

export function readBodyWithin(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return; // draining
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolve({ ok: false, reason: 'too_large' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve({ ok: true, body: Buffer.concat(chunks) });
    });
    req.on('aborted', () => resolve({ ok: false, reason: 'aborted' }));
    req.on('error', () => resolve({ ok: false, reason: 'aborted' }));
  });
}

const isSslCheck = (req: Request, body: Buffer): boolean =>
  req.headers['content-type'] === 'application/x-www-form-urlencoded' &&
  new URLSearchParams(body.toString('utf8')).get('ssl_check') === '1';

export function withBoundedBody(handler: RequestHandler, limit: number): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const read = await readBodyWithin(req, limit);
    if (!read.ok) {
      if (read.reason === 'too_large' && !res.headersSent) {
        res.setHeader('connection', 'close');
        res.status(413).json({ error: 'payload_too_large', message: `request bodies are limited to ${limit} bytes` });
      }
      return;
    }
    if (isSslCheck(req, read.body)) {
      res.status(200).end();
      return;
    }
    (req as Request & { rawBody?: Buffer }).rawBody = read.body;
    return handler(req, res, next);
  };
}
