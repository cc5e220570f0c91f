// A local, protocol-faithful fake of the Microsoft Graph endpoints the watcher uses (facts/graph.md, checklist at
// the end): HTTPS with the test CA, bearer tokens from the fake authority, subscriptions with real validation
// handshakes, capital-case notification resources, events with $select, calendarView delta with paging,
// deltaLink, @removed and 410, onlineMeetings by JoinWebUrl with 403 mode and the include-unknown-enum-members
// preference, users, group transitiveMembers with ConsistencyLevel and paging, scripted failures (429 +
// Retry-After). It records every request.
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { testTls } from '../helpers/tls.js';

export interface GraphRequestRecord {
  method: string;
  /** Path after /v1.0, decoded segments re-joined, e.g. `/users/u1/events/e1`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface FakeUser {
  id: string;
  userPrincipalName: string;
  mail?: string;
  displayName?: string;
}

export interface FakeSubscription {
  id: string;
  resource: string;
  userId: string;
  changeType: string;
  notificationUrl: string;
  lifecycleNotificationUrl?: string;
  clientState?: string;
  expirationDateTime: string;
}

export interface FakeMeeting {
  id: string;
  organizerId: string;
  joinWebUrl: string;
  lobbyBypassSettings: { scope: string; isDialInBypassEnabled?: boolean };
  allowedPresenters?: string;
  recordAutomatically?: boolean;
}

type Event = Record<string, unknown> & { id: string };

interface Failure {
  method?: string;
  path: RegExp;
  remaining: number;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface FakeGraphOptions {
  isValidToken: (token: string) => boolean;
  /** Graph's clock for subscription expiry checks (default real time). */
  now?: () => number;
  maxLifetimeMinutes?: number;
  /** Page size of group member lists when the client does not ask (small, to exercise paging). */
  memberPageSize?: number;
  /** The lifetime Graph grants (minutes), when less than asked. */
  grantMinutes?: number;
}

export interface FakeGraph {
  /** https://localhost:PORT/v1.0 — GRAPH_BASE_URL. */
  url: string;
  requests: GraphRequestRecord[];
  subscriptions: Map<string, FakeSubscription>;
  /** Requests matching, optionally since index `from`. */
  requestsTo(method: string, path: RegExp, from?: number): GraphRequestRecord[];
  addUser(user: FakeUser): void;
  addGroup(groupId: string, userIds: string[]): void;
  /** Creates or replaces an event (bumps the delta version). */
  putEvent(userId: string, event: Event): void;
  deleteEvent(userId: string, eventId: string): void;
  addMeeting(meeting: FakeMeeting): void;
  meeting(id: string): FakeMeeting | undefined;
  /** 403 on every onlineMeetings call (no application access policy). */
  meetingsForbidden: boolean;
  /** The next `count` requests matching fail with this status (e.g. 429 with Retry-After). */
  failNext(
    match: { method?: string; path: RegExp },
    count: number,
    status: number,
    headers?: Record<string, string>,
    body?: unknown,
  ): void;
  /** Makes every stored delta token stale: the next use answers 410 Gone (facts/graph.md §4). */
  expireDeltaTokens(): void;
  /** Posts a change notification for the user's subscriptions, `copies` items in one POST. Returns statuses. */
  notify(
    userId: string,
    eventId: string,
    changeType: 'created' | 'updated' | 'deleted',
    copies?: number,
  ): Promise<number[]>;
  /** Posts a raw body to a subscription's notification URL. */
  post(url: string, body: unknown): Promise<{ status: number; text: string; ms: number }>;
  lifecycle(
    subscriptionId: string,
    event: 'subscriptionRemoved' | 'reauthorizationRequired' | 'missed',
  ): Promise<number>;
  /** Graph deletes a subscription by itself (a renewal then answers 404). */
  dropSubscription(id: string): void;
  close(): Promise<void>;
}

const graphError = (
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': randomUUID(), ...headers }).end(
    JSON.stringify({
      error: { code, message, innerError: { 'request-id': randomUUID(), date: new Date().toISOString() } },
    }),
  );
};
const send = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res
    .writeHead(status, { 'content-type': 'application/json; odata.metadata=minimal', ...headers })
    .end(JSON.stringify(body));
};

const pickSelect = (obj: Record<string, unknown>, select: string | null) => {
  if (!select) return obj;
  const keys = new Set(select.split(',').map((s) => s.trim()));
  const out: Record<string, unknown> = { id: obj.id };
  for (const [k, v] of Object.entries(obj)) if (keys.has(k) || k.startsWith('@odata')) out[k] = v;
  return out;
};

const preferPageSize = (req: IncomingMessage): number | undefined => {
  const m = /odata\.maxpagesize=(\d+)/.exec(String(req.headers.prefer ?? ''));
  return m ? Number(m[1]) : undefined;
};

export async function startFakeGraph(options: FakeGraphOptions): Promise<FakeGraph> {
  const now = options.now ?? Date.now;
  const maxLifetime = options.maxLifetimeMinutes ?? 4230;
  const requests: GraphRequestRecord[] = [];
  const users = new Map<string, FakeUser>();
  const groups = new Map<string, string[]>();
  const events = new Map<string, Map<string, { event?: Event; version: number }>>();
  const meetings = new Map<string, FakeMeeting>();
  const subscriptions = new Map<string, FakeSubscription>();
  const failures: Failure[] = [];
  // Paging state: skip tokens → remaining items.
  const pages = new Map<string, { items: unknown[]; deltaLink?: string; header?: string }>();
  let version = 0;
  let tokenGeneration = 0;
  let origin = '';

  const fake: FakeGraph = {
    url: '',
    requests,
    subscriptions,
    meetingsForbidden: false,
    requestsTo: (method, path, from = 0) =>
      requests.slice(from).filter((r) => r.method === method && path.test(r.path)),
    addUser: (u) => users.set(u.id, u),
    addGroup: (g, ids) => groups.set(g, ids),
    putEvent(userId, event) {
      const cal = events.get(userId) ?? new Map();
      events.set(userId, cal);
      cal.set(event.id, {
        event: { '@odata.etag': `W/"${randomBytes(6).toString('hex')}"`, ...event },
        version: ++version,
      });
    },
    deleteEvent(userId, eventId) {
      const cal = events.get(userId);
      if (cal?.has(eventId)) cal.set(eventId, { version: ++version });
    },
    addMeeting: (m) => meetings.set(m.id, m),
    meeting: (id) => meetings.get(id),
    failNext(match, count, status, headers = {}, body) {
      failures.push({ method: match.method, path: match.path, remaining: count, status, headers, body });
    },
    expireDeltaTokens() {
      tokenGeneration++;
    },
    async post(url, body) {
      const t0 = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
        signal: AbortSignal.timeout(3000),
      });
      return { status: res.status, text: await res.text(), ms: performance.now() - t0 };
    },
    async notify(userId, eventId, changeType, copies = 1) {
      const statuses: number[] = [];
      for (const s of subscriptions.values()) {
        if (s.userId !== userId) continue;
        const item = {
          subscriptionId: s.id,
          subscriptionExpirationDateTime: s.expirationDateTime,
          changeType,
          resource: `Users/${userId}/Events/${eventId}`,
          resourceData: {
            '@odata.type': '#Microsoft.Graph.Event',
            '@odata.id': `Users/${userId}/Events/${eventId}`,
            '@odata.etag': 'W/"DwAAABYAAAA"',
            id: eventId,
          },
          clientState: s.clientState,
          tenantId: '11111111-2222-3333-4444-555555555555',
        };
        statuses.push(
          (await fake.post(s.notificationUrl, { value: Array.from({ length: copies }, () => item) })).status,
        );
      }
      return statuses;
    },
    async lifecycle(subscriptionId, lifecycleEvent) {
      const s = subscriptions.get(subscriptionId);
      if (!s?.lifecycleNotificationUrl) throw new Error('no such subscription with a lifecycle URL');
      if (lifecycleEvent === 'subscriptionRemoved') subscriptions.delete(subscriptionId);
      const r = await fake.post(s.lifecycleNotificationUrl, {
        value: [
          {
            subscriptionId,
            subscriptionExpirationDateTime: s.expirationDateTime,
            tenantId: '11111111-2222-3333-4444-555555555555',
            clientState: s.clientState,
            lifecycleEvent,
          },
        ],
      });
      return r.status;
    },
    dropSubscription: (id) => {
      subscriptions.delete(id);
    },
    close: async () => {},
  };

  /** The validation handshake (facts/graph.md §1): POST ?validationToken=…, text/plain, 10 s, exact echo. */
  async function validate(url: string): Promise<string | undefined> {
    const token = `Validation: Testing client application reachability for subscription Request-Id: ${randomUUID()}`;
    const target = `${url}${url.includes('?') ? '&' : '?'}${new URLSearchParams({ validationToken: token })}`;
    try {
      const res = await fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8', accept: 'text/plain' },
        body: '',
        signal: AbortSignal.timeout(10_000),
      });
      const text = await res.text();
      if (res.status !== 200)
        return 'Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.';
      if (text !== token)
        return 'Subscription validation request failed. Response must exactly match validationToken query parameter.';
      return undefined;
    } catch {
      return 'Subscription validation request timed out.';
    }
  }

  const expiryError = (iso: unknown): string | undefined => {
    const t = Date.parse(String(iso));
    if (Number.isNaN(t)) return 'Invalid expirationDateTime';
    if (t > now() + maxLifetime * 60_000)
      return `Subscription expiration can only be ${maxLifetime} minutes in the future.`;
    if (t <= now()) return 'Subscription expiration must be in the future.';
    return undefined;
  };
  const granted = (iso: string) => {
    const asked = Date.parse(iso);
    const cap = options.grantMinutes ? now() + options.grantMinutes * 60_000 : asked;
    return new Date(Math.min(asked, cap)).toISOString().replace('Z', '0000+00:00');
  };

  function pageOut(
    res: ServerResponse,
    items: unknown[],
    size: number,
    finalLink: Record<string, string>,
    header?: string,
    extra: Record<string, unknown> = {},
  ) {
    const first = items.slice(0, size);
    const rest = items.slice(size);
    const body: Record<string, unknown> = { '@odata.context': `${origin}/v1.0/$metadata`, ...extra, value: first };
    if (rest.length > 0) {
      const token = randomBytes(8).toString('hex');
      pages.set(token, { items: rest, deltaLink: finalLink['@odata.deltaLink'], header });
      body['@odata.nextLink'] = `${origin}/v1.0/$page?$skiptoken=${token}`;
    } else Object.assign(body, finalLink);
    send(res, 200, body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, raw: string, url: URL): Promise<void> {
    const path = url.pathname.replace(/^\/v1\.0/, '');
    const q = url.searchParams;
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    requests.push({
      method: req.method ?? 'GET',
      path: decodeURIComponent(path),
      query: q,
      headers: req.headers,
      body,
    });

    const auth = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''));
    if (!auth?.[1] || !options.isValidToken(auth[1])) {
      graphError(res, 401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.');
      return;
    }
    const failure = failures.find(
      (f) => f.remaining > 0 && (!f.method || f.method === req.method) && f.path.test(decodeURIComponent(path)),
    );
    if (failure) {
      failure.remaining--;
      if (failure.body !== undefined) send(res, failure.status, failure.body, failure.headers);
      else
        graphError(
          res,
          failure.status,
          failure.status === 429 ? 'TooManyRequests' : 'Failure',
          'scripted failure',
          failure.headers,
        );
      return;
    }
    const seg = path.split('/').filter(Boolean).map(decodeURIComponent);
    const m = req.method;

    // --- paging continuation (nextLink) ---
    if (m === 'GET' && seg[0] === '$page') {
      const token = q.get('$skiptoken') ?? '';
      const state = pages.get(token);
      if (!state) return graphError(res, 400, 'BadRequest', 'Invalid skip token');
      if (state.header && req.headers.consistencylevel !== state.header) {
        return graphError(
          res,
          400,
          'Request_UnsupportedQuery',
          'Unsupported query: the ConsistencyLevel header is required for every page of an advanced query',
        );
      }
      pages.delete(token);
      return pageOut(
        res,
        state.items,
        preferPageSize(req) ?? options.memberPageSize ?? 2,
        state.deltaLink ? { '@odata.deltaLink': state.deltaLink } : {},
        state.header,
      );
    }

    // --- subscriptions ---
    if (seg[0] === 'subscriptions') {
      const id = seg[1];
      if (m === 'POST' && !id) {
        const b = (body ?? {}) as Record<string, unknown>;
        const resource = String(b.resource ?? '');
        const rm = /^(?:users\/([^/]+)|me)\/events$/i.exec(resource);
        if (!rm?.[1]) return graphError(res, 400, 'InvalidRequest', `Resource '${resource}' is not supported.`);
        const types = String(b.changeType ?? '').split(',');
        if (!types.length || types.some((t) => !['created', 'updated', 'deleted'].includes(t)))
          return graphError(res, 400, 'InvalidRequest', 'Invalid changeType');
        for (const k of ['notificationUrl', 'lifecycleNotificationUrl'] as const) {
          if (b[k] !== undefined && !/^https:\/\//.test(String(b[k])))
            return graphError(res, 400, 'InvalidRequest', `${k} must be https`);
        }
        if (typeof b.clientState === 'string' && b.clientState.length > 128)
          return graphError(res, 400, 'InvalidRequest', 'clientState is too long');
        const exp = expiryError(b.expirationDateTime);
        if (exp) return graphError(res, 400, 'ExtensionError', exp);
        for (const u of [b.notificationUrl, b.lifecycleNotificationUrl]) {
          if (typeof u !== 'string') continue;
          const why = await validate(u);
          if (why) return graphError(res, 400, 'ValidationError', why);
        }
        const sub: FakeSubscription = {
          id: randomUUID(),
          resource,
          userId: rm[1],
          changeType: String(b.changeType),
          notificationUrl: String(b.notificationUrl),
          lifecycleNotificationUrl: b.lifecycleNotificationUrl as string | undefined,
          clientState: b.clientState as string | undefined,
          expirationDateTime: granted(String(b.expirationDateTime)),
        };
        subscriptions.set(sub.id, sub);
        const { userId: _u, ...out } = sub;
        return send(res, 201, {
          '@odata.context': `${origin}/v1.0/$metadata#subscriptions/$entity`,
          ...out,
          applicationId: 'app',
          creatorId: 'creator',
          latestSupportedTlsVersion: 'v1_2',
          notificationContentType: null,
        });
      }
      const sub = id ? subscriptions.get(id) : undefined;
      if (!sub) return graphError(res, 404, 'ResourceNotFound', `The object was not found.`);
      if (m === 'PATCH' && seg.length === 2) {
        const exp = expiryError((body as Record<string, unknown>)?.expirationDateTime);
        if (exp) return graphError(res, 400, 'ExtensionError', exp);
        sub.expirationDateTime = granted(String((body as Record<string, unknown>).expirationDateTime));
        const { userId: _u, ...out } = sub;
        return send(res, 200, out);
      }
      if (m === 'DELETE' && seg.length === 2) {
        subscriptions.delete(sub.id);
        return send(res, 204);
      }
      if (m === 'POST' && seg[2] === 'reauthorize') return send(res, 204);
    }

    // --- users ---
    if (seg[0] === 'users' && seg[1]) {
      const key = seg[1];
      const user =
        users.get(key) ?? [...users.values()].find((u) => u.userPrincipalName.toLowerCase() === key.toLowerCase());
      if (m === 'GET' && seg.length === 2) {
        if (!user) return graphError(res, 404, 'Request_ResourceNotFound', `Resource '${key}' does not exist.`);
        return send(res, 200, pickSelect({ ...user }, q.get('$select')));
      }
      const userId = user?.id ?? key;
      if (m === 'POST' && seg[2] === 'checkMemberGroups') {
        // Transitive membership check (user: checkMemberGroups): the asked group ids this user belongs to.
        const asked = ((JSON.parse(raw || '{}') as { groupIds?: string[] }).groupIds ?? []).slice(0, 20);
        return send(res, 200, { value: asked.filter((g) => groups.get(g)?.includes(userId)) });
      }
      if (m === 'GET' && seg[2] === 'events' && seg[3] && seg.length === 4) {
        const entry = events.get(userId)?.get(seg[3]);
        if (!entry?.event)
          return graphError(res, 404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
        return send(res, 200, pickSelect(entry.event, q.get('$select')));
      }
      if (m === 'GET' && seg[2] === 'calendarView' && seg[3] === 'delta') return delta(req, res, userId, q);
      if (m === 'GET' && seg[2] === 'calendarView' && seg.length === 3) return calendarView(req, res, userId, q);
      if (seg[2] === 'onlineMeetings') {
        if (fake.meetingsForbidden)
          return graphError(
            res,
            403,
            'Forbidden',
            `App is not authorized to access onlineMeetings on behalf of user ${userId}`,
          );
        const unknownEnums = /include-unknown-enum-members/.test(String(req.headers.prefer ?? ''));
        const view = (mt: FakeMeeting) => {
          const { organizerId: _o, ...rest } = mt;
          const scope = mt.lobbyBypassSettings.scope;
          const hidden = !unknownEnums && ['invited', 'organizationExcludingGuests'].includes(scope);
          return {
            ...rest,
            lobbyBypassSettings: { ...mt.lobbyBypassSettings, scope: hidden ? 'unknownFutureValue' : scope },
          };
        };
        if (m === 'GET' && seg.length === 3) {
          const filter = q.get('$filter') ?? '';
          const fm = /^JoinWebUrl eq '((?:[^']|'')*)'$/.exec(filter);
          if (!fm)
            return graphError(
              res,
              400,
              'BadRequest',
              "Could not find a property named 'JoinWebUrl' on type 'microsoft.graph.onlineMeeting'.",
            );
          const joinUrl = (fm[1] ?? '').replace(/''/g, "'");
          const found = [...meetings.values()].filter((mt) => mt.joinWebUrl === joinUrl);
          if (found.some((mt) => mt.organizerId !== userId))
            return graphError(res, 403, 'Forbidden', 'Organizer Id mismatch');
          return send(res, 200, {
            '@odata.context': `${origin}/v1.0/$metadata#users('${userId}')/onlineMeetings`,
            value: found.map(view),
          });
        }
        if (m === 'PATCH' && seg[3]) {
          const mt = meetings.get(seg[3]);
          if (!mt) return graphError(res, 404, 'NotFound', 'meeting not found');
          if (mt.organizerId !== userId) return graphError(res, 403, 'Forbidden', 'Organizer Id mismatch');
          const lobby = (body as { lobbyBypassSettings?: FakeMeeting['lobbyBypassSettings'] })?.lobbyBypassSettings;
          if (lobby) mt.lobbyBypassSettings = { ...mt.lobbyBypassSettings, ...lobby };
          return send(res, 200, view(mt));
        }
      }
    }

    // --- groups ---
    if (m === 'GET' && seg[0] === 'groups' && seg[2] === 'transitiveMembers') {
      const members = groups.get(seg[1] ?? '');
      if (!members) return graphError(res, 404, 'Request_ResourceNotFound', 'group not found');
      const cast = seg[3] === 'microsoft.graph.user';
      if (cast && (req.headers.consistencylevel !== 'eventual' || q.get('$count') !== 'true')) {
        return graphError(
          res,
          400,
          'Request_UnsupportedQuery',
          'Unsupported query: advanced queries need ConsistencyLevel: eventual and $count=true',
        );
      }
      const list = members.flatMap((id) => {
        const u = users.get(id);
        return u ? [pickSelect({ '@odata.type': '#microsoft.graph.user', ...u }, q.get('$select'))] : [];
      });
      return pageOut(
        res,
        list,
        preferPageSize(req) ?? options.memberPageSize ?? 2,
        {},
        cast ? 'eventual' : undefined,
        cast ? { '@odata.count': list.length } : {},
      );
    }

    graphError(res, 400, 'BadRequest', `Resource not found for the segment '${seg[0] ?? ''}'.`);
  }

  /** calendarView: the events that start in [startDateTime, endDateTime), paged. */
  function calendarView(req: IncomingMessage, res: ServerResponse, userId: string, q: URLSearchParams) {
    const start = Date.parse(q.get('startDateTime') ?? '');
    const end = Date.parse(q.get('endDateTime') ?? '');
    if (Number.isNaN(start) || Number.isNaN(end))
      return graphError(res, 400, 'ErrorInvalidParameter', 'startDateTime and endDateTime are required');
    const items: unknown[] = [];
    for (const entry of (events.get(userId) ?? new Map()).values()) {
      if (!entry.event) continue;
      const at = Date.parse(`${String((entry.event.start as { dateTime?: string })?.dateTime ?? '')}Z`);
      if (at >= start && at < end) items.push(pickSelect(entry.event, q.get('$select')));
    }
    // Graph may page with fewer items than $top asks for; pages of at most 10 exercise the client's paging.
    pageOut(res, items, Math.min(Number(q.get('$top')) || preferPageSize(req) || 10, 10), {});
  }

  /** calendarView delta: initial round = all events in the window; later rounds = changes since the token. */
  function delta(req: IncomingMessage, res: ServerResponse, userId: string, q: URLSearchParams) {
    const cal = events.get(userId) ?? new Map();
    let since = -1;
    let windowStart: number;
    let windowEnd: number;
    const deltaToken = q.get('$deltatoken');
    if (deltaToken) {
      const [gen, v, ws, we] = deltaToken.split('.').map(Number);
      if (gen !== tokenGeneration) {
        return graphError(res, 410, 'SyncStateNotFound', 'The sync state generation is not found.', {
          location: `${origin}/v1.0/users/${userId}/calendarView/delta?$deltatoken=`,
        });
      }
      since = v ?? -1;
      windowStart = ws ?? 0;
      windowEnd = we ?? 0;
    } else {
      windowStart = Date.parse(q.get('startDateTime') ?? '');
      windowEnd = Date.parse(q.get('endDateTime') ?? '');
      if (Number.isNaN(windowStart) || Number.isNaN(windowEnd))
        return graphError(res, 400, 'ErrorInvalidParameter', 'startDateTime and endDateTime are required');
    }
    const inWindow = (e: Event) => {
      const start = Date.parse(`${String((e.start as { dateTime?: string })?.dateTime ?? '')}Z`);
      return Number.isNaN(start) || (start >= windowStart && start < windowEnd);
    };
    const items: unknown[] = [];
    for (const [id, entry] of cal) {
      if (entry.version <= since) continue;
      if (!entry.event) {
        if (since >= 0) items.push({ '@odata.type': '#microsoft.graph.event', id, '@removed': { reason: 'deleted' } });
      } else if (inWindow(entry.event)) items.push(entry.event);
    }
    const token = `${tokenGeneration}.${version}.${windowStart}.${windowEnd}`;
    const link = `${origin}/v1.0/users/${userId}/calendarView/delta?$deltatoken=${token}`;
    pageOut(res, items, preferPageSize(req) ?? 50, { '@odata.deltaLink': link });
  }

  const tls = testTls();
  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', origin || 'https://localhost');
      handle(req, res, raw, url).catch((err: Error) => {
        if (!res.headersSent) graphError(res, 500, 'InternalServerError', err.message);
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, r));
  origin = `https://localhost:${(server.address() as AddressInfo).port}`;
  fake.url = `${origin}/v1.0`;
  fake.close = () =>
    new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    });
  return fake;
}
