// Test harness for the warnings use case: a real SqlStore (SQLite or PostgreSQL), the real TeamsNotifier against the
// fake Bot Connector, an in-memory CalendarPort (our own port, a plain object), a recording Slack notifier, a
// controllable clock and a log capture.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import '../../../src/app/warnings/warning-repository.js';
import { openStore, type SqlStore } from '../../../src/adapters/store/sql-store.js';
import { createCloudAdapter } from '../../../src/adapters/teams/cloud-adapter.js';
import { conversationFromActivity } from '../../../src/adapters/teams/conversation-refs.js';
import { TeamsNotifier } from '../../../src/adapters/teams/notifier.js';
import type {
  CalendarPort,
  DirectoryUser,
  EventChange,
  Lookup,
  OnlineMeetingSettings,
} from '../../../src/app/calendar.js';
import { createWarningService, type WarningService } from '../../../src/app/warnings/index.js';
import type { BotMessage } from '../../../src/domain/message.js';
import { type Policy, policySchema } from '../../../src/domain/policy/schema.js';
import type { SlackNotifierPort } from '../../../src/integrations.js';
import { createLogger } from '../../../src/observability/logger.js';
import { createMetrics } from '../../../src/observability/metrics.js';
import type { ConnectorRequest, FakeConnector } from '../../fakes/bot-connector.js';
import { installPersonal } from '../../helpers/teams-activities.js';

export const PASSCODE = 'r5XGga';
export const ZOOM_PWD = 'Qm9zZ0ZpcnN0VGVzdDEy';

export class TestClock {
  constructor(public current: Date) {}
  now = (): Date => new Date(this.current.getTime());
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** An in-memory calendar: events by user and id, Teams meetings by join URL, directory users. */
export class FakeCalendar implements CalendarPort {
  readonly events = new Map<string, unknown>();
  readonly meetings = new Map<string, OnlineMeetingSettings>();
  readonly users = new Map<string, DirectoryUser>();
  meetingAccess: 'ok' | 'forbidden' = 'ok';
  patchAccess: 'ok' | 'forbidden' = 'ok';
  readonly calls: string[] = [];

  put(userId: string, event: { id: string }): void {
    this.events.set(`${userId}/${event.id}`, event);
  }

  async getEvent(userId: string, eventId: string): Promise<Lookup<unknown>> {
    this.calls.push(`getEvent ${eventId}`);
    const event = this.events.get(`${userId}/${eventId}`);
    return event ? { status: 'found', value: structuredClone(event) } : { status: 'not-found' };
  }

  async findOnlineMeeting(organizerId: string, joinUrl: string): Promise<Lookup<OnlineMeetingSettings>> {
    this.calls.push(`findOnlineMeeting ${organizerId}`);
    if (this.meetingAccess === 'forbidden') return { status: 'forbidden', detail: 'no application access policy' };
    const meeting = this.meetings.get(joinUrl);
    return meeting ? { status: 'found', value: structuredClone(meeting) } : { status: 'not-found' };
  }

  async setLobbyScope(organizerId: string, meetingId: string, scope: string): Promise<Lookup<OnlineMeetingSettings>> {
    this.calls.push(`setLobbyScope ${organizerId} ${meetingId} ${scope}`);
    if (this.patchAccess === 'forbidden') return { status: 'forbidden' };
    for (const meeting of this.meetings.values()) {
      if (meeting.id !== meetingId) continue;
      meeting.lobbyBypassSettings = { ...meeting.lobbyBypassSettings, scope };
      return { status: 'found', value: structuredClone(meeting) };
    }
    return { status: 'not-found' };
  }

  async getUser(userIdOrUpn: string): Promise<Lookup<DirectoryUser>> {
    this.calls.push(`getUser ${userIdOrUpn}`);
    const user =
      this.users.get(userIdOrUpn) ??
      [...this.users.values()].find((u) => u.userPrincipalName?.toLowerCase() === userIdOrUpn.toLowerCase());
    return user ? { status: 'found', value: user } : { status: 'not-found' };
  }
}

/** A Slack notifier that records what it was asked to send. */
export class RecordingSlack implements SlackNotifierPort {
  readonly sent: { email: string; message: BotMessage; ts: string }[] = [];
  readonly updates: { channel: string; ts: string; message: BotMessage }[] = [];
  readonly knownEmails = new Set<string>();
  /** The next sends fail as a Slack outage would (after the notifier's own retries). */
  failures = 0;
  private next = 1;

  async sendToEmail(email: string, message: BotMessage) {
    if (this.failures > 0) {
      this.failures--;
      throw Object.assign(new Error('An API error occurred: service_unavailable'), {
        code: 'slack_webapi_platform_error',
      });
    }
    if (!this.knownEmails.has(email.toLowerCase())) return undefined;
    const ts = `1700000000.${String(this.next++).padStart(6, '0')}`;
    this.sent.push({ email, message, ts });
    return { channel: 'D0ALICE', messageRef: ts, attempts: 1 };
  }
  async sendToChannel(): Promise<never> {
    throw new Error('not used by warnings');
  }
  async update(channel: string, ts: string, message: BotMessage) {
    this.updates.push({ channel, ts, message });
    return { messageRef: ts, attempts: 1 };
  }
}

export interface Organiser {
  id: string;
  mail: string;
}

export interface EventOptions {
  id?: string;
  subject?: string;
  /** Written into the body as "Passcode: …" (Teams' own block). */
  passcode?: string | null;
  attendees?: string[];
  start?: Date;
  durationMs?: number;
  sensitivity?: 'normal' | 'private';
  type?: 'singleInstance' | 'occurrence' | 'exception' | 'seriesMaster';
  seriesMasterId?: string;
  isCancelled?: boolean;
  isOrganizer?: boolean;
  organizer?: string;
  joinUrl?: string;
  /** Extra body HTML (e.g. a Zoom link). */
  extraHtml?: string;
  teams?: boolean;
  recurrence?: unknown;
}

const graphTime = (d: Date) => ({ dateTime: d.toISOString().replace('Z', '0000'), timeZone: 'UTC' });

export function teamsJoinUrl(token = randomUUID().replace(/-/g, '').slice(0, 20)): string {
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${token}%40thread.v2/0?context=%7b%22Tid%22%3a%22tenant-1%22%2c%22Oid%22%3a%22org-1%22%7d`;
}

/** A Graph event as Outlook writes a Teams meeting ("Need help?" layout, facts/graph.md §9 B). */
export function graphEvent(organiser: Organiser, clock: TestClock, options: EventOptions = {}) {
  const start = options.start ?? new Date(clock.now().getTime() + 3 * DAY);
  const end = new Date(start.getTime() + (options.durationMs ?? HOUR));
  const teams = options.teams ?? true;
  const joinUrl = options.joinUrl ?? teamsJoinUrl();
  const passcode = options.passcode === undefined ? PASSCODE : options.passcode;
  const teamsBlock = teams
    ? `________________________________________________________________________________
<div>Microsoft Teams <a href="https://aka.ms/JoinTeamsMeeting?omkt=en-US">Need help?</a></div>
<div><a href="${joinUrl}">Join the meeting now</a></div>
<div>Meeting ID: 352 626 921 425</div>${passcode ? `<div>Passcode: ${passcode}</div>` : ''}
<div>For organizers: <a href="https://teams.microsoft.com/meetingOptions/?organizerId=org-1&amp;tenantId=tenant-1">Meeting options</a></div>`
    : '';
  return {
    id: options.id ?? `AAMkAG${randomUUID().replace(/-/g, '')}=`,
    subject: options.subject ?? 'Quarterly planning',
    body: {
      contentType: 'html',
      content: `<html><body><p>Agenda: numbers and plans.</p>${options.extraHtml ?? ''}${teamsBlock}</body></html>`,
    },
    isOnlineMeeting: teams,
    onlineMeetingProvider: teams ? 'teamsForBusiness' : 'unknown',
    onlineMeeting: teams ? { joinUrl } : null,
    organizer: { emailAddress: { name: 'Alice', address: options.organizer ?? organiser.mail } },
    attendees: (options.attendees ?? ['bob@contoso.example']).map((address) => ({
      type: 'required',
      emailAddress: { address },
    })),
    sensitivity: options.sensitivity ?? 'normal',
    start: graphTime(start),
    end: graphTime(end),
    isCancelled: options.isCancelled ?? false,
    ...(options.isOrganizer === undefined ? {} : { isOrganizer: options.isOrganizer }),
    type: options.type ?? 'singleInstance',
    ...(options.seriesMasterId ? { seriesMasterId: options.seriesMasterId } : {}),
    ...(options.recurrence ? { recurrence: options.recurrence } : {}),
    webLink: 'https://outlook.office365.com/owa/?itemid=AAMkAG%3D&exvsurl=1&path=/calendar/item',
  };
}

export const closedLobby = (joinUrl: string, id = `MSpk${randomUUID()}`): OnlineMeetingSettings => ({
  id,
  joinWebUrl: joinUrl,
  lobbyBypassSettings: { scope: 'organizationExcludingGuests', isDialInBypassEnabled: false },
  allowedPresenters: 'organization',
  recordAutomatically: false,
});

export interface Harness {
  service: WarningService;
  calendar: FakeCalendar;
  slack: RecordingSlack;
  clock: TestClock;
  store: SqlStore;
  policy: Policy;
  organiser: Organiser;
  logLines: string[];
  metrics: ReturnType<typeof createMetrics>;
  /** Activities sent to (or updated in) this organiser's Teams chat. */
  teamsSent(): ConnectorRequest[];
  /** Adds an event (and, for Teams, its meeting settings) and reviews it as a Graph notification would. */
  notify(event: ReturnType<typeof graphEvent>, changeType?: EventChange['changeType']): Promise<void>;
  allRows(): Promise<unknown[]>;
  close(): Promise<void>;
}

export async function createHarness(options: {
  databaseUrl: string;
  connector: FakeConnector;
  policy?: Record<string, unknown>;
  now?: string;
  teamsReachable?: boolean;
}): Promise<Harness> {
  const clock = new TestClock(new Date(options.now ?? '2026-12-01T10:00:00.000Z'));
  const store = await openStore(options.databaseUrl, { clock });
  // remindDue() works over every open warning: each test starts from none (the database is shared per file).
  await store.database.db.deleteFrom('warnings').execute();
  const logLines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      logLines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger({ level: 'debug', destination });
  const metrics = createMetrics();
  const policy = policySchema.parse(
    options.policy ?? {
      organisation: { internalDomains: ['contoso.example'] },
      warnings: { channels: ['teams', 'slack'] },
    },
  );
  const organiser: Organiser = { id: `aad-${randomUUID()}`, mail: `alice.${randomUUID().slice(0, 8)}@contoso.example` };
  const calendar = new FakeCalendar();
  calendar.users.set(organiser.id, {
    id: organiser.id,
    mail: organiser.mail,
    userPrincipalName: organiser.mail,
    displayName: 'Alice',
  });
  const slack = new RecordingSlack();
  slack.knownEmails.add(organiser.mail);
  const adapter = createCloudAdapter({ appId: '', appPassword: '', appType: '', tenantId: '' } as never, logger);
  const teams = new TeamsNotifier(adapter, store.conversations, { appId: '', retry: { retries: 1, minTimeoutMs: 5 } });
  const conversationId = `a:1personal-${organiser.id}`;
  if (options.teamsReachable !== false) {
    const user = { id: `29:${organiser.id}`, aadObjectId: organiser.id, name: 'Alice' };
    const stored = conversationFromActivity(installPersonal(options.connector.url, user) as never, clock.now());
    if (!stored) throw new Error('no conversation from activity');
    await store.conversations.save(stored);
  }
  const service = createWarningService({ calendar, store, policy, teams, slack, clock, logger, metrics });
  return {
    service,
    calendar,
    slack,
    clock,
    store,
    policy,
    organiser,
    logLines,
    metrics,
    teamsSent: () => options.connector.sent().filter((r) => r.conversationId === conversationId),
    async notify(event, changeType = 'updated') {
      calendar.put(organiser.id, event);
      const joinUrl = event.onlineMeeting?.joinUrl;
      if (joinUrl && !calendar.meetings.has(joinUrl)) calendar.meetings.set(joinUrl, closedLobby(joinUrl));
      await service.review({ userId: organiser.id, eventId: event.id, changeType });
    },
    async allRows() {
      const rows: unknown[] = [];
      for (const table of ['warnings', 'deliveries', 'warning_decisions', 'audit_log']) {
        const result = await sql.raw(`select * from ${table}`).execute(store.database.db);
        rows.push(...result.rows);
      }
      return rows;
    },
    close: () => store.close(),
  };
}

/** The Adaptive Card (or any body) of a Connector request as text. */
export const bodyText = (request: ConnectorRequest): string => JSON.stringify(request.body ?? {});
