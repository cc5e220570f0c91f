// The organiser-warnings use case end to end over a real store (SQLite and PostgreSQL), the real TeamsNotifier
// against the fake Bot Connector, and an in-memory calendar.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeConnector, startFakeConnector } from '../../fakes/bot-connector.js';
import { STORE_KINDS, type TestDatabase } from '../../helpers/databases.js';
import {
  bodyText,
  createHarness,
  DAY,
  graphEvent,
  type Harness,
  HOUR,
  PASSCODE,
  teamsJoinUrl,
  ZOOM_PWD,
} from './harness.js';

const WARNING_KEY = /^[\w:.@#=+/-]{1,300}$/;
const EXTERNAL = ['bob@contoso.example', 'carol@fabrikam.example'];

const cardOf = (text: string) => JSON.parse(text) as { attachments?: { content: unknown }[] };
const actionsIn = (body: string): { verb?: string; title?: string; data?: Record<string, unknown>; url?: string }[] => {
  const found: { verb?: string; title?: string; data?: Record<string, unknown>; url?: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.type === 'string' && o.type.startsWith('Action.')) {
        found.push({
          verb: o.verb as string | undefined,
          title: o.title as string | undefined,
          data: o.data as Record<string, unknown> | undefined,
          url: o.url as string | undefined,
        });
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(cardOf(body));
  return found;
};

describe.each(STORE_KINDS)('organiser warnings on %s', (_name, makeDatabase) => {
  let database: TestDatabase;
  let connector: FakeConnector;
  let h: Harness | undefined;

  beforeAll(async () => {
    database = await makeDatabase();
    connector = await startFakeConnector();
  });
  afterAll(async () => {
    await connector.close();
    await database.drop();
  });
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  const harness = async (policy?: Record<string, unknown>, extra: { now?: string; teamsReachable?: boolean } = {}) => {
    h = await createHarness({ databaseUrl: database.url, connector, policy, ...extra });
    return h;
  };

  it('does not warn about a default internal Teams invite with a closed lobby (the trap)', async () => {
    const t = await harness();
    await t.notify(graphEvent(t.organiser, t.clock), 'created');
    expect(t.calendar.calls.some((c) => c.startsWith('findOnlineMeeting'))).toBe(true);
    expect(t.teamsSent()).toHaveLength(0);
    expect(t.slack.sent).toHaveLength(0);
    expect(await t.service.openWarnings({ aadObjectId: t.organiser.id })).toEqual([]);
  });

  it('treats attendees as of unknown origin when no internal domains are configured', async () => {
    const t = await harness({});
    await t.notify(graphEvent(t.organiser, t.clock, { attendees: EXTERNAL }));
    expect(t.teamsSent()).toHaveLength(0);
    const open = graphEvent(t.organiser, t.clock, { attendees: EXTERNAL });
    t.calendar.meetings.set(open.onlineMeeting!.joinUrl, { id: 'MSpk-u', lobbyBypassSettings: { scope: 'everyone' } });
    await t.notify(open);
    expect(t.teamsSent()).toHaveLength(1);
  });

  it('warns once about a written passcode with externals invited, however many notifications arrive', async () => {
    const t = await harness();
    const event = graphEvent(t.organiser, t.clock, { attendees: EXTERNAL });
    await t.notify(event, 'created');
    await t.notify(event, 'updated');
    await t.notify(event, 'updated');
    const sent = t.teamsSent();
    expect(sent).toHaveLength(1);
    const text = bodyText(sent[0]!);
    expect(text).toContain("Your meeting 'Quarterly planning' shows its passcode in the invite");
    expect(text).toContain('Passcode: [REDACTED]');
    const actions = actionsIn(text);
    const verbs = actions.map((a) => a.verb ?? a.title);
    expect(verbs).toEqual(expect.arrayContaining(['snooze', 'dismiss', 'why']));
    expect(verbs).not.toContain('fix-lobby');
    const options = actions.find((a) => a.title === 'Open meeting options');
    expect(options?.url).toMatch(
      /^https:\/\/teams\.microsoft\.com\/meetingOptions\/\?organizerId=org-1&tenantId=tenant-1/,
    );
    const key = actions.find((a) => a.verb === 'dismiss')?.data?.warning as string;
    expect(key).toMatch(WARNING_KEY);
    expect(key).toBe(`event:${t.organiser.id}:${event.id}`);
    expect(t.slack.sent).toHaveLength(1);
    expect(t.slack.sent[0]?.message.severity).toBe('medium');
  });

  it('warns critically about an open lobby, with a fix-lobby button', async () => {
    const t = await harness();
    const event = graphEvent(t.organiser, t.clock);
    t.calendar.meetings.set(event.onlineMeeting!.joinUrl, {
      id: 'MSpk-open',
      lobbyBypassSettings: { scope: 'everyone', isDialInBypassEnabled: false },
    });
    await t.notify(event);
    const [sent] = t.teamsSent();
    expect(sent).toBeDefined();
    const text = bodyText(sent!);
    expect(text).toContain('lets anyone skip the lobby');
    expect(t.slack.sent[0]?.message.severity).toBe('critical');
    const fix = actionsIn(text).find((a) => a.verb === 'fix-lobby');
    expect(fix?.data?.warning).toBe(`event:${t.organiser.id}:${event.id}`);
    const why = actionsIn(text).find((a) => a.verb === 'why');
    expect(why?.data?.rule).toBe('lobby-open');
  });

  it('sends a new warning when the findings change, and none for an irrelevant edit', async () => {
    const t = await harness();
    const event = graphEvent(t.organiser, t.clock, { attendees: EXTERNAL });
    await t.notify(event);
    // A new time and a reworded agenda: same findings.
    const moved = { ...event, start: { dateTime: '2026-12-05T09:00:00.0000000', timeZone: 'UTC' } };
    moved.body = { ...event.body, content: event.body.content.replace('numbers and plans', 'budget') };
    await t.notify(moved);
    expect(t.teamsSent()).toHaveLength(1);
    t.calendar.meetings.get(event.onlineMeeting!.joinUrl)!.lobbyBypassSettings = { scope: 'everyone' };
    await t.notify(moved);
    const sent = t.teamsSent();
    expect(sent).toHaveLength(2);
    expect(bodyText(sent[1]!)).toContain('lets anyone skip the lobby');
    expect(sent[1]?.method).toBe('POST');
  });

  it('stays silent after "not an issue" or "intended", unless something new comes up', async () => {
    const t = await harness();
    const event = graphEvent(t.organiser, t.clock, { attendees: EXTERNAL });
    await t.notify(event);
    const key = `event:${t.organiser.id}:${event.id}`;
    t.clock.advance(HOUR);
    await t.store.decisions.set(key, 'dismissed', undefined, t.organiser.id);
    await t.notify({ ...event, subject: 'Quarterly planning (moved)' });
    expect(t.teamsSent()).toHaveLength(1);
    expect(await t.service.remindDue()).toBe(0);
    t.clock.advance(2 * DAY + 2 * HOUR); // inside the reminder window: still nothing
    expect(await t.service.remindDue()).toBe(0);
    // Something new: the lobby opens.
    t.calendar.meetings.get(event.onlineMeeting!.joinUrl)!.lobbyBypassSettings = { scope: 'everyone' };
    await t.notify(event);
    expect(t.teamsSent()).toHaveLength(2);

    // "Intended" on a meeting before any warning: nothing at all.
    const other = graphEvent(t.organiser, t.clock, { attendees: EXTERNAL });
    await t.store.decisions.set(`event:${t.organiser.id}:${other.id}`, 'intended', undefined, t.organiser.id);
    await t.notify(other);
    expect(t.teamsSent()).toHaveLength(2);
  });

  it('waits while snoozed, and reminds once the snooze ends', async () => {
    const t = await harness();
    const event = graphEvent(t.organiser, t.clock, { attendees: EXTERNAL, start: new Date('2026-12-10T10:00:00Z') });
    await t.notify(event);
    const key = `event:${t.organiser.id}:${event.id}`;
    await t.store.decisions.set(key, 'snoozed', new Date(t.clock.now().getTime() + DAY).toISOString(), t.organiser.id);
    t.calendar.meetings.get(event.onlineMeeting!.joinUrl)!.lobbyBypassSettings = { scope: 'everyone' };
    await t.notify(event);
    expect(await t.service.remindDue()).toBe(0);
    expect(t.teamsSent()).toHaveLength(1);
    t.clock.advance(DAY + HOUR);
    expect(await t.service.remindDue()).toBe(1);
    expect(await t.service.remindDue()).toBe(0);
    const sent = t.teamsSent();
    expect(sent).toHaveLength(2);
    expect(bodyText(sent[1]!)).toContain('Reminder: your meeting');
    expect(bodyText(sent[1]!)).toContain('lets anyone skip the lobby');
  });

  it('says "resolved, thanks" once, by updating the warning it sent', async () => {
    const t = await harness();
    const event = graphEvent(t.organiser, t.clock, { attendees: EXTERNAL });
    await t.notify(event);
    const fixed = { ...event, attendees: [{ type: 'required', emailAddress: { address: 'bob@contoso.example' } }] };
    await t.notify(fixed);
    await t.notify(fixed);
    const sent = t.teamsSent();
    expect(sent).toHaveLength(2);
    expect(sent[1]?.method).toBe('PUT');
    const [row] = (await t.allRows()) as { key?: string; sent_refs?: string }[];
    expect(row?.key).toBe(`event:${t.organiser.id}:${event.id}`);
    expect(sent[1]?.activityId).toMatch(/^act-/);
    expect(sent[1]?.activityId).toBe(JSON.parse(row?.sent_refs ?? '{}').teams);
    expect(bodyText(sent[1]!)).toContain('Resolved, thanks');
    expect(t.slack.updates).toHaveLength(1);
    expect(t.slack.updates[0]).toMatchObject({ channel: 'D0ALICE', ts: t.slack.sent[0]?.ts });
    expect(await t.service.openWarnings({ aadObjectId: t.organiser.id })).toEqual([]);
  });

  it('warns once for a whole series, whichever occurrence changes', async () => {
    const t = await harness();
    const joinUrl = teamsJoinUrl();
    const master = graphEvent(t.organiser, t.clock, {
      attendees: EXTERNAL,
      joinUrl,
      type: 'seriesMaster',
      start: new Date(t.clock.now().getTime() - 7 * DAY), // the series began last week
      recurrence: { pattern: { type: 'weekly', interval: 1 }, range: { type: 'noEnd', startDate: '2026-11-24' } },
    });
    await t.notify(master);
    for (const days of [2, 9]) {
      await t.notify(
        graphEvent(t.organiser, t.clock, {
          attendees: EXTERNAL,
          joinUrl,
          type: days === 9 ? 'exception' : 'occurrence',
          seriesMasterId: master.id,
          start: new Date(t.clock.now().getTime() + days * DAY),
        }),
      );
    }
    const sent = t.teamsSent();
    expect(sent).toHaveLength(1);
    expect(bodyText(sent[0]!)).toContain('whole series');
    const [open] = await t.service.openWarnings({ email: t.organiser.mail.toUpperCase() });
    expect(open?.actions?.find((a) => a.verb === 'dismiss')?.data?.warning).toBe(
      `series:${t.organiser.id}:${master.id}`,
    );
  });

  it('ignores meetings the user does not organise, past meetings, and cancelled ones', async () => {
    const t = await harness();
    await t.notify(
      graphEvent(t.organiser, t.clock, { attendees: EXTERNAL, organizer: 'dave@fabrikam.example', isOrganizer: false }),
    );
    await t.notify(
      graphEvent(t.organiser, t.clock, { attendees: EXTERNAL, start: new Date(t.clock.now().getTime() - 2 * HOUR) }),
    );
    await t.notify(graphEvent(t.organiser, t.clock, { attendees: EXTERNAL, isCancelled: true }));
    expect(t.teamsSent()).toHaveLength(0);
    expect(t.slack.sent).toHaveLength(0);

    // Cancelled after a warning: the warning closes, without a message.
    const event = graphEvent(t.organiser, t.clock, { attendees: EXTERNAL });
    await t.notify(event);
    await t.notify({ ...event, isCancelled: true });
    expect(t.teamsSent()).toHaveLength(1);
    expect(await t.service.openWarnings({ aadObjectId: t.organiser.id })).toEqual([]);
    // Deleted: nothing sent either.
    const deleted = graphEvent(t.organiser, t.clock, { attendees: EXTERNAL });
    await t.notify(deleted);
    t.calendar.events.delete(`${t.organiser.id}/${deleted.id}`);
    await t.service.review({ userId: t.organiser.id, eventId: deleted.id, changeType: 'updated' });
    expect(t.teamsSent()).toHaveLength(2);
    expect(await t.service.openWarnings({ aadObjectId: t.organiser.id })).toEqual([]);
    expect(await t.service.remindDue()).toBe(0);
  });

  it('reminds once, remindBefore ahead of the start', async () => {
    const t = await harness();
    const start = new Date(t.clock.now().getTime() + 3 * DAY);
    await t.notify(graphEvent(t.organiser, t.clock, { attendees: EXTERNAL, start }));
    expect(await t.service.remindDue()).toBe(0);
    t.clock.set(new Date(start.getTime() - 25 * HOUR).toISOString());
    expect(await t.service.remindDue()).toBe(0);
    t.clock.set(new Date(start.getTime() - 23 * HOUR).toISOString());
    expect(await t.service.remindDue()).toBe(1);
    expect(await t.service.remindDue()).toBe(0);
    t.clock.set(new Date(start.getTime() + HOUR).toISOString());
    expect(await t.service.remindDue()).toBe(0);
    const sent = t.teamsSent();
    expect(sent).toHaveLength(2);
    expect(bodyText(sent[1]!)).toContain('Reminder: your meeting');
    expect(t.slack.sent).toHaveLength(2);
  });

  it('respects the minimum severity', async () => {
    const high = await harness({
      organisation: { internalDomains: ['contoso.example'] },
      warnings: { minSeverity: 'high' },
    });
    await high.notify(graphEvent(high.organiser, high.clock, { attendees: EXTERNAL }));
    expect(high.teamsSent()).toHaveLength(0);
    const open = graphEvent(high.organiser, high.clock);
    high.calendar.meetings.set(open.onlineMeeting!.joinUrl, {
      id: 'MSpk-x',
      lobbyBypassSettings: { scope: 'everyone' },
    });
    await high.notify(open);
    expect(high.teamsSent()).toHaveLength(1);
    await high.close();

    const low = await harness({
      organisation: { internalDomains: ['contoso.example'] },
      warnings: { minSeverity: 'low' },
    });
    await low.notify(graphEvent(low.organiser, low.clock));
    expect(low.teamsSent()).toHaveLength(1);
    expect(bodyText(low.teamsSent()[0]!)).toContain('not marked private');
  });

  it('honours checks switched off and severity overrides', async () => {
    const t = await harness({
      organisation: { internalDomains: ['contoso.example'] },
      checks: { 'passcode-in-body': { enabled: false }, 'event-not-private': { severity: 'info' } },
    });
    await t.notify(graphEvent(t.organiser, t.clock, { attendees: EXTERNAL }));
    expect(t.teamsSent()).toHaveLength(0);
  });

  it('warns in Slack by e-mail only, when the policy says so', async () => {
    const t = await harness({
      organisation: { internalDomains: ['contoso.example'] },
      warnings: { channels: ['slack'] },
    });
    await t.notify(graphEvent(t.organiser, t.clock, { attendees: EXTERNAL }));
    expect(t.teamsSent()).toHaveLength(0);
    expect(t.slack.sent).toHaveLength(1);
    expect(t.slack.sent[0]?.email).toBe(t.organiser.mail);
    expect(t.slack.sent[0]?.message.kind).toBe('warning');
  });

  it('skips Teams when the organiser cannot be reached there, and still warns in Slack', async () => {
    const t = await harness(undefined, { teamsReachable: false });
    // The shared fake tenant may know other chats; this one must not create a chat if unreachable.
    const reachable = await t.store.conversations.anyOfTenant(undefined);
    await t.notify(graphEvent(t.organiser, t.clock, { attendees: EXTERNAL }));
    expect(t.slack.sent).toHaveLength(1);
    if (!reachable)
      expect(connector.requests.filter((r) => JSON.stringify(r.body ?? {}).includes(t.organiser.id))).toHaveLength(0);
  });

  it('never puts a credential into a sent payload, a stored row or a log line', async () => {
    const t = await harness();
    const zoom = `<p>Join Zoom Meeting <a href="https://us02web.zoom.us/j/84712345678?pwd=${ZOOM_PWD}.1">https://us02web.zoom.us/j/84712345678?pwd=${ZOOM_PWD}.1</a></p>`;
    const event = graphEvent(t.organiser, t.clock, {
      attendees: EXTERNAL,
      subject: `Board call, passcode ${PASSCODE}`,
      extraHtml: zoom,
    });
    t.calendar.meetings.set(event.onlineMeeting!.joinUrl, {
      id: 'MSpk-open2',
      lobbyBypassSettings: { scope: 'everyone' },
    });
    await t.notify(event);
    t.clock.set(new Date(Date.parse(`${event.start.dateTime.slice(0, 19)}Z`) - 2 * HOUR).toISOString());
    await t.service.remindDue();
    const fixed = await t.service.fixLobby(`event:${t.organiser.id}:${event.id}`, t.organiser.id);
    const open = await t.service.openWarnings({ aadObjectId: t.organiser.id });

    expect(t.teamsSent().length).toBeGreaterThan(0);
    const everything = [
      JSON.stringify(connector.requests.map((r) => r.body)),
      JSON.stringify(t.slack.sent),
      JSON.stringify(t.slack.updates),
      JSON.stringify(await t.allRows()),
      JSON.stringify(fixed),
      JSON.stringify(open),
      t.logLines.join('\n'),
    ].join('\n');
    expect(everything).toContain('[REDACTED]');
    for (const secret of [PASSCODE, ZOOM_PWD]) {
      expect(everything).not.toContain(secret);
      expect(everything.toLowerCase()).not.toContain(secret.toLowerCase());
    }
  });

  it('fixes the lobby when allowed, and the warning resolves', async () => {
    const t = await harness();
    const event = graphEvent(t.organiser, t.clock);
    t.calendar.meetings.set(event.onlineMeeting!.joinUrl, {
      id: 'MSpk-fix',
      lobbyBypassSettings: { scope: 'everyone' },
    });
    await t.notify(event);
    const key = `event:${t.organiser.id}:${event.id}`;
    const refused = await t.service.fixLobby(key, 'aad-mallory');
    expect(refused.kind).toBe('error');
    expect(t.calendar.calls.filter((c) => c.startsWith('setLobbyScope'))).toHaveLength(0);

    const answer = await t.service.fixLobby(key, t.organiser.id);
    expect(answer.title).toBe('Lobby fixed');
    expect(t.calendar.calls).toContain(`setLobbyScope ${t.organiser.id} MSpk-fix organizationExcludingGuests`);
    const sent = t.teamsSent();
    expect(sent).toHaveLength(2);
    expect(bodyText(sent[1]!)).toContain('Resolved, thanks');
    const audit = await t.store.audit.list(50);
    expect(audit.filter((a) => a.target === key).map((a) => a.outcome)).toEqual(
      expect.arrayContaining(['ok', 'refused']),
    );
  });

  it('explains the manual steps when it may not change the meeting', async () => {
    const t = await harness();
    const event = graphEvent(t.organiser, t.clock);
    t.calendar.meetings.set(event.onlineMeeting!.joinUrl, {
      id: 'MSpk-ro',
      lobbyBypassSettings: { scope: 'everyone' },
    });
    await t.notify(event);
    t.calendar.patchAccess = 'forbidden';
    const answer = await t.service.fixLobby(`event:${t.organiser.id}:${event.id}`, t.organiser.id);
    expect(answer.title).toMatch(/fix the lobby in meeting options/i);
    expect(answer.checklist?.join(' ')).toMatch(/Who can bypass the lobby/);
    expect(answer.actions?.[0]?.url).toMatch(/^https:\/\/teams\.microsoft\.com\/meetingOptions\//);
    expect(t.calendar.meetings.get(event.onlineMeeting!.joinUrl)?.lobbyBypassSettings?.scope).toBe('everyone');
    expect(t.teamsSent()).toHaveLength(1);
  });

  it('notes a lobby it could not check, without failing', async () => {
    const t = await harness();
    t.calendar.meetingAccess = 'forbidden';
    await t.notify(graphEvent(t.organiser, t.clock, { attendees: EXTERNAL }));
    const [sent] = t.teamsSent();
    expect(bodyText(sent!)).toContain('could not check the lobby (permission)');
  });

  it('drops a rule the organiser settled on its own (<key>#<rule>)', async () => {
    const t = await harness();
    const event = graphEvent(t.organiser, t.clock, { attendees: EXTERNAL, sensitivity: 'private' });
    await t.store.decisions.set(
      `event:${t.organiser.id}:${event.id}#passcode-in-body`,
      'intended',
      undefined,
      t.organiser.id,
    );
    await t.notify(event);
    expect(t.teamsSent()).toHaveLength(0);
    t.calendar.meetings.get(event.onlineMeeting!.joinUrl)!.lobbyBypassSettings = { scope: 'everyone' };
    await t.notify(event);
    const sent = t.teamsSent();
    expect(sent).toHaveLength(1);
    expect(bodyText(sent[0]!)).toContain('lets anyone skip the lobby');
    expect(bodyText(sent[0]!)).not.toContain('passcode-in-body');
  });

  it('retries a failed delivery later without sending twice', async () => {
    const t = await harness();
    t.slack.failures = 1;
    await t.notify(graphEvent(t.organiser, t.clock, { attendees: EXTERNAL }));
    expect(t.teamsSent()).toHaveLength(1);
    expect(t.slack.sent).toHaveLength(0);
    // The pending Slack delivery goes out on the next pass, once; Teams is not sent again.
    expect(await t.service.remindDue()).toBe(1);
    expect(await t.service.remindDue()).toBe(0);
    expect(t.slack.sent).toHaveLength(1);
    expect(t.teamsSent()).toHaveLength(1);
    expect(await t.metrics.registry.getSingleMetricAsString('hygiene_warnings_sent_total')).toMatch(
      /hygiene_warnings_sent_total\{channel="slack",kind="warning"\} 1/,
    );
  });

  it('gives up a delivery that keeps failing, instead of retrying forever', async () => {
    const t = await harness();
    t.slack.failures = 1000;
    await t.notify(graphEvent(t.organiser, t.clock, { attendees: EXTERNAL }));
    for (let i = 0; i < 12; i++) await t.service.remindDue();
    const rows = (await t.allRows()) as {
      key?: string;
      pending?: string | null;
      dedupe_key?: string;
      attempts?: number;
    }[];
    expect(rows.find((r) => r.key)?.pending).toBeNull();
    expect(rows.find((r) => r.dedupe_key?.includes(t.organiser.id) && r.dedupe_key.endsWith(':slack'))?.attempts).toBe(
      8,
    );
    expect(t.slack.failures).toBe(1000 - 8);
    expect(t.teamsSent()).toHaveLength(1);
  });

  it('reviews an event handed over by delta without fetching it, and a watched user given by UPN', async () => {
    const t = await harness();
    const event = graphEvent(t.organiser, t.clock, { attendees: EXTERNAL });
    t.calendar.meetings.set(event.onlineMeeting!.joinUrl, {
      id: 'MSpk-d',
      lobbyBypassSettings: { scope: 'organizationExcludingGuests' },
    });
    await t.service.review({
      userId: t.organiser.mail.toUpperCase(),
      eventId: event.id,
      changeType: 'reconciled',
      event,
    });
    expect(t.calendar.calls.filter((c) => c.startsWith('getEvent'))).toEqual([]);
    expect(t.calendar.calls).toContain(`findOnlineMeeting ${t.organiser.id}`);
    const [open] = await t.service.openWarnings({ aadObjectId: t.organiser.id });
    expect(open?.actions?.find((a) => a.verb === 'dismiss')?.data?.warning).toBe(`event:${t.organiser.id}:${event.id}`);
    expect(t.teamsSent()).toHaveLength(1);
  });

  it('sends nothing new when part of the problem is fixed, and shows what remains', async () => {
    const t = await harness();
    const event = graphEvent(t.organiser, t.clock, { attendees: EXTERNAL });
    t.calendar.meetings.set(event.onlineMeeting!.joinUrl, { id: 'MSpk-p', lobbyBypassSettings: { scope: 'everyone' } });
    await t.notify(event);
    t.calendar.meetings.get(event.onlineMeeting!.joinUrl)!.lobbyBypassSettings = {
      scope: 'organizationExcludingGuests',
    };
    await t.notify(event);
    expect(t.teamsSent()).toHaveLength(1);
    const [open] = await t.service.openWarnings({ aadObjectId: t.organiser.id });
    expect(open?.title).toContain('shows its passcode in the invite');
    expect(open?.severity).toBe('medium');
    expect(open?.actions?.some((a) => a.verb === 'fix-lobby')).toBe(false);
  });

  it('copes with an organiser who is not on Slack', async () => {
    const t = await harness();
    t.slack.knownEmails.clear();
    await t.notify(graphEvent(t.organiser, t.clock, { attendees: EXTERNAL }));
    expect(t.teamsSent()).toHaveLength(1);
    expect(t.slack.sent).toHaveLength(0);
    expect(await t.service.remindDue()).toBe(0);
  });

  it('defers warnings during quiet hours and delivers them afterwards', async () => {
    const t = await harness(
      {
        organisation: { internalDomains: ['contoso.example'] },
        warnings: { quietHours: { start: '20:00', end: '07:00', timezone: 'Europe/London' } },
      },
      { now: '2026-12-01T22:30:00.000Z' },
    );
    await t.notify(graphEvent(t.organiser, t.clock, { attendees: EXTERNAL }));
    expect(t.teamsSent()).toHaveLength(0);
    expect(await t.service.remindDue()).toBe(0);
    t.clock.set('2026-12-02T07:30:00.000Z');
    expect(await t.service.remindDue()).toBe(1);
    expect(await t.service.remindDue()).toBe(0);
    expect(t.teamsSent()).toHaveLength(1);
    expect(t.slack.sent).toHaveLength(1);
  });
});
