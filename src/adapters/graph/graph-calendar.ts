// CalendarPort over Microsoft Graph: read events, find and fix Teams meetings, look up directory users.
// 404 → not-found, 403 → forbidden; anything else throws so the inbox retries the review later.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { CalendarPort, DirectoryUser, Lookup, OnlineMeetingSettings } from '../../app/calendar.js';
import { graphFailure } from './graph-client.js';
import { TtlCache } from './ttl-cache.js';

/** Exactly the event fields the invite analysis and the warnings need (facts/graph.md §2). */
export const EVENT_SELECT = [
  'subject',
  'body',
  'bodyPreview',
  'start',
  'end',
  'organizer',
  'attendees',
  'location',
  'locations',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'onlineMeeting',
  'isCancelled',
  'sensitivity',
  'type',
  'seriesMasterId',
  'recurrence',
  'iCalUId',
  'isOrganizer',
  'webLink',
].join(',');

export const USER_SELECT = 'id,mail,userPrincipalName,displayName';

const seg = (s: string) => encodeURIComponent(s);

/** OData string literal: a single quote is doubled inside quotes. */
export const odataString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * `$filter=JoinWebUrl eq '<url>'`, percent-encoded once as a whole (facts/graph.md §3: the join URL must be
 * URL-encoded inside the quotes; the SDK does not encode query values itself).
 */
export const joinWebUrlFilter = (joinUrl: string) => encodeURIComponent(`JoinWebUrl eq ${odataString(joinUrl)}`);

async function lookup<T>(call: () => Promise<T>): Promise<Lookup<T>> {
  try {
    return { status: 'found', value: await call() };
  } catch (err) {
    const f = graphFailure(err);
    if (f.status === 404) return { status: 'not-found' };
    if (f.status === 403) return { status: 'forbidden', detail: f.code || f.message };
    throw err;
  }
}

const toUser = (u: Record<string, unknown>): DirectoryUser => ({
  id: String(u.id),
  mail: typeof u.mail === 'string' ? u.mail : undefined,
  userPrincipalName: typeof u.userPrincipalName === 'string' ? u.userPrincipalName : undefined,
  displayName: typeof u.displayName === 'string' ? u.displayName : undefined,
});

export class GraphCalendar implements CalendarPort {
  private readonly users = new TtlCache<DirectoryUser>(10 * 60_000);

  constructor(private readonly client: Client) {}

  getEvent(userId: string, eventId: string): Promise<Lookup<unknown>> {
    return lookup(() =>
      this.client
        .api(`/users/${seg(userId)}/events/${seg(eventId)}`)
        .query({ $select: EVENT_SELECT })
        .get(),
    );
  }

  async findOnlineMeeting(organizerId: string, joinUrl: string): Promise<Lookup<OnlineMeetingSettings>> {
    const found = await lookup<{ value?: OnlineMeetingSettings[] }>(() =>
      this.client
        .api(`/users/${seg(organizerId)}/onlineMeetings`)
        .query({ $filter: joinWebUrlFilter(joinUrl) })
        // Without it, `invited` and `organizationExcludingGuests` come back as unknownFutureValue (facts/graph.md §3).
        .header('Prefer', 'include-unknown-enum-members')
        .get(),
    );
    if (found.status !== 'found') return found;
    const meeting = found.value.value?.[0];
    return meeting ? { status: 'found', value: meeting } : { status: 'not-found' };
  }

  async setLobbyScope(organizerId: string, meetingId: string, scope: string): Promise<Lookup<OnlineMeetingSettings>> {
    const done = await lookup<OnlineMeetingSettings | undefined>(() =>
      this.client
        .api(`/users/${seg(organizerId)}/onlineMeetings/${seg(meetingId)}`)
        .header('Prefer', 'include-unknown-enum-members')
        // Send only the property to change (facts/graph.md §3 "Changing the lobby"); 200 + the meeting.
        .patch({ lobbyBypassSettings: { scope } }),
    );
    if (done.status !== 'found') return done;
    return { status: 'found', value: done.value ?? { id: meetingId, lobbyBypassSettings: { scope } } };
  }

  /** Whether the user is a (transitive) member of the group: POST /users/{id}/checkMemberGroups. */
  async isGroupMember(userId: string, groupId: string): Promise<boolean> {
    const found = await lookup<{ value?: string[] }>(() =>
      this.client.api(`/users/${seg(userId)}/checkMemberGroups`).post({ groupIds: [groupId] }),
    );
    return found.status === 'found' && (found.value.value ?? []).includes(groupId);
  }

  async getUser(userIdOrUpn: string): Promise<Lookup<DirectoryUser>> {
    const key = userIdOrUpn.toLowerCase();
    const cached = this.users.get(key);
    if (cached) return { status: 'found', value: cached };
    const found = await lookup<Record<string, unknown>>(() =>
      this.client
        .api(`/users/${seg(userIdOrUpn)}`)
        .query({ $select: USER_SELECT })
        .get(),
    );
    if (found.status !== 'found') return found;
    const user = toUser(found.value);
    this.users.set(key, user);
    this.users.set(user.id.toLowerCase(), user);
    return { status: 'found', value: user };
  }
}
