// One HTTP server for every route of the contract. Routes are plain handlers supplied by the adapters; this module
// owns the cross-cutting rules: 1 MiB body limit (413), JSON errors (4xx for bad input, never a crash), metrics.
import express, {
  type ErrorRequestHandler,
  type Express,
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface HttpRoutes {
  teamsMessages: RequestHandler;
  /** Bolt's request handler when Slack is on; it reads the raw body itself. */
  slackEvents?: RequestHandler;
  /** Slack runs over Socket Mode: /slack/events is not used. */
  slackSocketMode?: boolean;
  graphNotifications?: RequestHandler;
  graphLifecycle?: RequestHandler;
  /** The web console and its API (mounted at `/`), when enabled for this request. */
  console?: express.Router;
  /** Throws when the service is not ready (the store does not answer). */
  ready: () => Promise<void>;
}

/** Refuses bodies over the limit from their declared length, before anything reads them. */
const refuseLargeBodies: RequestHandler = (req, res, next) => {
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > BODY_LIMIT_BYTES) {
    res
      .status(413)
      .json({ error: 'payload_too_large', message: `request bodies are limited to ${BODY_LIMIT_BYTES} bytes` });
    req.resume();
    return;
  }
  next();
};

const notConfigured =
  (what: string, how: string): RequestHandler =>
  (_req, res) => {
    res.status(404).json({ error: 'not_configured', message: `${what} is not configured on this service: ${how}` });
  };

/** Graph's subscription validation: echo the decoded token as text/plain within 10 s (facts/graph.md §1). */
export const graphValidationHandshake: RequestHandler = (req, res, next) => {
  const token = req.query.validationToken;
  if (typeof token === 'string') {
    res.status(200).type('text/plain; charset=utf-8').send(token);
    return;
  }
  next();
};

export function createHttpApp(routes: HttpRoutes, deps: { logger: Logger; metrics: Metrics }): Express {
  const { logger, metrics } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');

  app.use((req, res, next) => {
    const end = metrics.requestSeconds.startTimer();
    res.on('finish', () => {
      const route =
        (req.route?.path as string | undefined) ??
        (res.statusCode === 404 ? 'unmatched' : req.path.split('/').slice(0, 3).join('/'));
      end({ route });
      metrics.httpRequests.inc({ route, status: String(res.statusCode) });
    });
    next();
  });
  app.use(refuseLargeBodies);

  const json = express.json({ limit: BODY_LIMIT_BYTES, type: ['application/json', 'application/*+json'] });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await routes.ready();
      res.json({ status: 'ready' });
    } catch (err) {
      res.status(503).json({ status: 'unavailable', message: (err as Error).message });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  app.post('/api/messages', json, routes.teamsMessages);
  app.post(
    '/slack/events',
    routes.slackEvents ??
      (routes.slackSocketMode
        ? notConfigured(
            'Slack over HTTP',
            'Slack runs in Socket Mode (SLACK_APP_TOKEN is set), so events arrive over its websocket',
          )
        : notConfigured('Slack', 'set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET')),
  );
  const graphOff = notConfigured(
    'The Microsoft Graph watcher',
    'set GRAPH_TENANT_ID, GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET',
  );
  for (const [path, handler] of [
    ['/api/graph/notifications', routes.graphNotifications],
    ['/api/graph/lifecycle', routes.graphLifecycle],
  ] as const) {
    app.get(path, graphValidationHandshake, notConfigured('GET', 'Graph posts notifications'));
    app.post(path, graphValidationHandshake, json, handler ?? graphOff);
  }

  if (routes.console) app.use('/', routes.console);

  app.use((req, res) => {
    res.status(404).json({ error: 'not_found', message: `no route for ${req.method} ${req.path}` });
  });

  const onError: ErrorRequestHandler = (err, req: Request, res: Response, _next: NextFunction) => {
    const e = err as { type?: string; status?: number; statusCode?: number; message?: string };
    const status = e.status ?? e.statusCode ?? 500;
    if (res.headersSent) return;
    if (e.type === 'entity.too.large' || status === 413) {
      res
        .status(413)
        .json({ error: 'payload_too_large', message: `request bodies are limited to ${BODY_LIMIT_BYTES} bytes` });
    } else if (e.type === 'entity.parse.failed') {
      res.status(400).json({ error: 'invalid_json', message: 'the request body is not valid JSON' });
    } else if (status >= 400 && status < 500) {
      res.status(status).json({ error: 'bad_request', message: e.message ?? 'bad request' });
    } else {
      logger.error({ err: { message: e.message }, path: req.path }, 'unhandled error in request');
      res.status(500).json({ error: 'internal_error', message: 'something went wrong; it has been logged' });
    }
  };
  app.use(onError);
  return app;
}
