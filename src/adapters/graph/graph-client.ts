// The Microsoft Graph HTTP client: @microsoft/microsoft-graph-client with the SDK's default chain (auth → retry →
// redirect → telemetry → fetch) plus one middleware of ours that times out and counts every attempt.
import {
  AuthenticationHandler,
  type AuthenticationProvider,
  Client,
  type Context,
  HTTPMessageHandler,
  type Middleware,
  RedirectHandler,
  RedirectHandlerOptions,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';

export interface GraphBase {
  /** Scheme + host (+ port) + '/', e.g. `https://graph.microsoft.com/`. */
  baseUrl: string;
  /** First path segment, e.g. `v1.0`. */
  version: string;
  /** Host name only (no port): the SDK sends the bearer token only to Graph's own hosts and these. */
  host: string;
}

/** `https://localhost:8443/v1.0` → base `https://localhost:8443/`, version `v1.0`, host `localhost`. */
export function parseGraphBaseUrl(url: string): GraphBase {
  const u = new URL(url);
  const version = u.pathname.split('/').filter(Boolean)[0] ?? 'v1.0';
  return { baseUrl: `${u.origin}/`, version, host: u.hostname };
}

export interface GraphClientOptions {
  baseUrl: string;
  authProvider: AuthenticationProvider;
  /** Called once per HTTP attempt (retries included), for metrics. */
  onResponse?: (method: string, status: number | 'error') => void;
  /** RetryHandler: seconds before a retry without Retry-After (default 3), and max retries (default 3). */
  retry?: { delaySeconds?: number; maxRetries?: number };
  /** Per attempt (default 30 s): a hung connection must not hold a worker forever. */
  timeoutMs?: number;
}

/** Times each attempt out and reports its status. Sits after RetryHandler so each retry is seen. */
class AttemptObserver implements Middleware {
  private next?: Middleware;
  constructor(
    private readonly timeoutMs: number,
    private readonly onResponse?: GraphClientOptions['onResponse'],
  ) {}
  setNext(next: Middleware): void {
    this.next = next;
  }
  async execute(context: Context): Promise<void> {
    const method = (context.options?.method ?? 'GET').toUpperCase();
    if (context.options) context.options.signal = AbortSignal.timeout(this.timeoutMs);
    try {
      await this.next?.execute(context);
      this.onResponse?.(method, context.response?.status ?? 'error');
    } catch (err) {
      this.onResponse?.(method, 'error');
      throw err;
    }
  }
}

export function createGraphClient(options: GraphClientOptions): Client {
  const base = parseGraphBaseUrl(options.baseUrl);
  // Retries 429/503/504 honouring Retry-After (facts/graph.md §5, §7).
  const retry = new RetryHandlerOptions(options.retry?.delaySeconds ?? 3, options.retry?.maxRetries ?? 3);
  const chain: Middleware[] = [
    new AuthenticationHandler(options.authProvider),
    new RetryHandler(retry),
    new AttemptObserver(options.timeoutMs ?? 30_000, options.onResponse),
    new RedirectHandler(new RedirectHandlerOptions()),
    new TelemetryHandler(),
    new HTTPMessageHandler(),
  ];
  return Client.initWithMiddleware({
    middleware: chain,
    baseUrl: base.baseUrl,
    defaultVersion: base.version,
    customHosts: new Set([base.host]),
    // Node's fetch sends `Accept-Language: *`, which some Graph endpoints refuse (facts/graph.md §7).
    fetchOptions: { headers: { 'Accept-Language': 'en-US' } },
  });
}

/** Status and Graph error code of a failed call (GraphError or a network error). */
export function graphFailure(err: unknown): { status: number; code: string; message: string } {
  const e = err as { statusCode?: number; code?: string | null; message?: string };
  return {
    status: typeof e.statusCode === 'number' ? e.statusCode : 0,
    code: e.code ?? '',
    message: (e.message ?? String(err)).slice(0, 300),
  };
}
