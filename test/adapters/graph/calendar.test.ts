// MSAL against the fake authority and the CalendarPort against the fake Graph, over HTTPS.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EVENT_SELECT } from '../../../src/adapters/graph/graph-calendar.js';
import { listGroupUsers } from '../../../src/adapters/graph/monitored-users.js';
import { counterValue, type Harness, startHarness } from './harness.js';

const ALICE = {
  id: 'a1b2c3d4-0000-0000-0000-00000000a11c',
  userPrincipalName: 'alice@contoso.example',
  mail: 'alice@contoso.example',
  displayName: 'Alice',
};
const JOIN =
  "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d&x='q'";

describe('Graph adapter: auth and calendar port', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
    h.graph.addUser(ALICE);
  });
  afterEach(async () => {
    await h.close();
  });

  it('gets one token from the authority (OIDC metadata, client credentials) and reuses it for many calls', async () => {
    for (let i = 0; i < 5; i++) expect((await h.calendar.getEvent(ALICE.id, `missing-${i}`)).status).toBe('not-found');
    expect(h.authority.tokenRequests).toHaveLength(1);
    const form = h.authority.tokenRequests[0]!.form;
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('scope')).toContain('https://graph.microsoft.com/.default');
    expect(h.authority.metadataRequests).toBe(1);
    const auth = new Set(h.graph.requests.map((r) => r.headers.authorization));
    expect(auth.size).toBe(1);
    expect([...auth][0]).toMatch(/^Bearer fake-graph-token-/);
    expect(h.graph.requests.every((r) => r.headers['accept-language'] === 'en-US')).toBe(true);
  });

  it('reads an event with exactly the $select the analysis needs; 404 is not-found', async () => {
    h.graph.putEvent(ALICE.id, {
      id: 'ev=1/+',
      subject: 'Board',
      body: { contentType: 'html', content: '<p>x</p>' },
      changeKey: 'ck',
      categories: ['x'],
    });
    const found = await h.calendar.getEvent(ALICE.id, 'ev=1/+');
    expect(found).toMatchObject({ status: 'found', value: { id: 'ev=1/+', subject: 'Board' } });
    expect((found as { value: Record<string, unknown> }).value.categories).toBeUndefined();
    const req = h.graph.requestsTo('GET', /^\/users\/.+\/events\//).at(-1)!;
    expect(req.path).toBe(`/users/${ALICE.id}/events/ev=1/+`);
    expect(req.query.get('$select')).toBe(EVENT_SELECT);
    expect(EVENT_SELECT.split(',')).toEqual(
      expect.arrayContaining(['body', 'organizer', 'attendees', 'onlineMeeting', 'isOrganizer', 'seriesMasterId']),
    );
  });

  it('finds an online meeting by JoinWebUrl (quotes escaped, encoded once), with unknown enum members', async () => {
    h.graph.addMeeting({
      id: 'm1',
      organizerId: ALICE.id,
      joinWebUrl: JOIN,
      lobbyBypassSettings: { scope: 'organizationExcludingGuests' },
    });
    const found = await h.calendar.findOnlineMeeting(ALICE.id, JOIN);
    expect(found).toMatchObject({
      status: 'found',
      value: { id: 'm1', lobbyBypassSettings: { scope: 'organizationExcludingGuests' } },
    });
    const req = h.graph.requestsTo('GET', /onlineMeetings$/).at(-1)!;
    expect(req.query.get('$filter')).toBe(`JoinWebUrl eq '${JOIN.replace(/'/g, "''")}'`);
    expect(req.headers.prefer).toContain('include-unknown-enum-members');
    expect((await h.calendar.findOnlineMeeting(ALICE.id, 'https://teams.microsoft.com/l/other')).status).toBe(
      'not-found',
    );
  });

  it('maps 403 to forbidden for lookup and lobby PATCH; PATCH sends only the lobby scope', async () => {
    h.graph.addMeeting({
      id: 'm1',
      organizerId: ALICE.id,
      joinWebUrl: JOIN,
      lobbyBypassSettings: { scope: 'everyone', isDialInBypassEnabled: true },
    });
    const fixed = await h.calendar.setLobbyScope(ALICE.id, 'm1', 'organization');
    expect(fixed).toMatchObject({
      status: 'found',
      value: { lobbyBypassSettings: { scope: 'organization', isDialInBypassEnabled: true } },
    });
    expect(h.graph.requestsTo('PATCH', /onlineMeetings\/m1$/).at(-1)!.body).toEqual({
      lobbyBypassSettings: { scope: 'organization' },
    });
    h.graph.meetingsForbidden = true;
    expect((await h.calendar.findOnlineMeeting(ALICE.id, JOIN)).status).toBe('forbidden');
    expect((await h.calendar.setLobbyScope(ALICE.id, 'm1', 'organizer')).status).toBe('forbidden');
  });

  it('looks users up by id or UPN with a $select, and caches them', async () => {
    expect(await h.calendar.getUser('Alice@Contoso.example')).toMatchObject({
      status: 'found',
      value: { id: ALICE.id, mail: ALICE.mail },
    });
    expect(await h.calendar.getUser(ALICE.id)).toMatchObject({ status: 'found', value: { id: ALICE.id } });
    expect(h.graph.requestsTo('GET', /^\/users\/[^/]+$/)).toHaveLength(1);
    expect(h.graph.requestsTo('GET', /^\/users\/[^/]+$/)[0]!.query.get('$select')).toBe(
      'id,mail,userPrincipalName,displayName',
    );
    expect((await h.calendar.getUser('nobody@contoso.example')).status).toBe('not-found');
  });

  it('honours 429 Retry-After and counts every attempt', async () => {
    h.graph.putEvent(ALICE.id, { id: 'e1', subject: 'x' });
    h.graph.failNext({ method: 'GET', path: /\/events\/e1$/ }, 1, 429, { 'Retry-After': '1' });
    const t0 = Date.now();
    expect((await h.calendar.getEvent(ALICE.id, 'e1')).status).toBe('found');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    const attempts = h.graph.requestsTo('GET', /\/events\/e1$/);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.headers['retry-attempt']).toBe('1');
    expect(await counterValue(h.registry, 'hygiene_graph_requests_total', { status: '429' })).toBe(1);
    expect(await counterValue(h.registry, 'hygiene_graph_requests_total', { status: '200' })).toBe(1);
  });

  it('other errors throw (so the inbox retries)', async () => {
    h.graph.failNext({ path: /\/events\/e2$/ }, 5, 500);
    await expect(h.calendar.getEvent(ALICE.id, 'e2')).rejects.toMatchObject({ statusCode: 500 });
  });

  it('lists group members transitively, page by page, resending ConsistencyLevel', async () => {
    const ids = Array.from({ length: 5 }, (_, i) => `user-${i}`);
    for (const id of ids) h.graph.addUser({ id, userPrincipalName: `${id}@contoso.example` });
    h.graph.addGroup('g1', ids);
    const members = await listGroupUsers(h.client, 'g1');
    expect(members.map((m) => m.id)).toEqual(ids);
    const pages = h.graph.requests.filter((r) => r.path.includes('transitiveMembers') || r.path === '/$page');
    expect(pages).toHaveLength(3);
    expect(pages.every((r) => r.headers.consistencylevel === 'eventual')).toBe(true);
    expect(pages[0]!.query.get('$count')).toBe('true');
  });
});
