// The local web console at `/` (../shared/CONTRACT.md): chat with the bot and check an invite, through the same
// message model as Teams and Slack, rendered by render-html.ts. Mounted by the HTTP server as `routes.console`.
//
//   GET  /                      the page (strict CSP: same-origin script and style only)
//   GET  /console.js, .css      its script and stylesheet
//   POST /api/console/chat      {text} → {intent, html, message}
//   POST /api/console/check     {text} → {items, messages, html}  (items as `hygiene check --format json`)
//   POST /api/console/action    {verb, data} → {ok, verb, html, message}  (buttons such as "why")
//   GET  /api/console/recent    local mode only: recent deliveries and audit entries
//
// When the console is off for a request (CONSOLE_ENABLED, console-access.ts) every one of these answers 404 JSON,
// exactly as an unknown route does, so a production deployment does not even reveal that it has a console.
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { applyCardAction, type CardActionDeps, parseCardAction } from '../../app/card-actions.js';
import { type ChatEngines, respond } from '../../app/chat.js';
import { systemClock } from '../../app/ports.js';
import type { Config } from '../../config.js';
import { InputError } from '../../domain/invite/index.js';
import type { Logger } from '../../observability/logger.js';
import type { SqlStore } from '../store/sql-store.js';
import { CONSOLE_CSS } from './assets/console-css.js';
import { CONSOLE_JS } from './assets/console-js.js';
import { consoleAllowed, isLocalRequest } from './console-access.js';
import { checkPastedInvites } from './console-check.js';
import { renderConsolePage } from './console-page.js';
import { readRecentActivity } from './console-recent.js';
import { renderHtml } from './render-html.js';

export const CONSOLE_TEXT_MAX = 20_000;

export interface ConsoleDeps {
  engines: ChatEngines;
  config: Config;
  store?: SqlStore;
  logger: Logger;
  /** The service's card-action dependencies (with the warnings port when Graph is on); built from `store` if absent. */
  cardActions?: CardActionDeps;
}

export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const textBody = z.object({
  text: z
    .string({ error: '"text" must be a string' })
    .max(CONSOLE_TEXT_MAX, `"text" is limited to ${CONSOLE_TEXT_MAX} characters`),
});
const actionBody = z.object({
  verb: z.string({ error: '"verb" must be a string' }).min(1).max(40),
  data: z.record(z.string(), z.unknown()).optional(),
});

const notFound = (req: Request, res: Response): void => {
  res.status(404).json({ error: 'not_found', message: `no route for ${req.method} ${req.path}` });
};

const badRequest = (res: Response, message: string): void => {
  res.status(400).json({ error: 'bad_request', message });
};

/** Parses a JSON body with a zod schema; answers 400 and returns undefined when it does not fit. */
function parseBody<T>(schema: z.ZodType<T>, req: Request, res: Response): T | undefined {
  const parsed = schema.safeParse(req.body ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  badRequest(res, `${where}${issue?.message ?? 'invalid request body'}`);
  return undefined;
}

export function createConsoleRouter(deps: ConsoleDeps): Router {
  const { engines, config, store, logger } = deps;
  const cardActions: CardActionDeps | undefined =
    deps.cardActions ?? (store ? { engines, decisions: store.decisions, clock: systemClock } : undefined);
  const router = express.Router();
  // The console's own bodies are small; the server refuses anything over 1 MiB before this.
  const json = express.json({ limit: '256kb' });

  router.use((req: Request, res: Response, next: NextFunction) => {
    if (!consoleAllowed(config, req.socket.remoteAddress)) {
      notFound(req, res);
      return;
    }
    res.setHeader('Content-Security-Policy', CONSOLE_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });

  router.get('/', (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(renderConsolePage({ local: isLocalRequest(config, req.socket.remoteAddress) }));
  });
  router.get('/console.js', (_req, res) => {
    res.type('application/javascript; charset=utf-8').send(CONSOLE_JS);
  });
  router.get('/console.css', (_req, res) => {
    res.type('text/css; charset=utf-8').send(CONSOLE_CSS);
  });

  router.post('/api/console/chat', json, (req, res) => {
    const body = parseBody(textBody, req, res);
    if (!body) return;
    const { intent, message } = respond(engines, body.text, 'web');
    // Never the text itself: it may be a pasted invite with a passcode in it.
    logger.debug({ intent, chars: body.text.length }, 'console chat');
    res.json({ intent, html: renderHtml(message), message });
  });

  router.post('/api/console/check', json, (req, res) => {
    const body = parseBody(textBody, req, res);
    if (!body) return;
    if (body.text.trim() === '') {
      badRequest(res, 'text: paste an invite to check');
      return;
    }
    try {
      const result = checkPastedInvites(body.text);
      logger.debug({ items: result.items.length, chars: body.text.length }, 'console check');
      res.json(result);
    } catch (err) {
      if (err instanceof InputError) {
        badRequest(res, err.message);
        return;
      }
      throw err;
    }
  });

  router.post('/api/console/action', json, async (req, res) => {
    const body = parseBody(actionBody, req, res);
    if (!body) return;
    const action = parseCardAction(body.verb, body.data);
    if ('error' in action) {
      badRequest(res, action.error);
      return;
    }
    if (!cardActions) {
      badRequest(res, 'card actions need the store, which this console was started without');
      return;
    }
    const result = await applyCardAction(cardActions, action.verb, action.data, 'console');
    logger.debug({ verb: result.verb, ok: result.ok }, 'console action');
    res.json({ ok: result.ok, verb: result.verb, html: renderHtml(result.message), message: result.message });
  });

  router.get('/api/console/recent', async (req, res) => {
    if (!store || !isLocalRequest(config, req.socket.remoteAddress)) {
      notFound(req, res);
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.json(await readRecentActivity(store));
  });

  return router;
}
