// Microsoft Graph `event` resources → InviteInput plus the exposure facts the event carries
// (facts/graph.md §2). Validated with zod; unknown fields pass through untouched.
import { z } from 'zod';
import type { OnlineMeetingSettings } from '../meeting/settings.js';
import type { ExposureContext } from './exposure.js';
import type { InviteInput } from './types.js';

const emailAddress = z.object({ name: z.string().nullish(), address: z.string().nullish() }).passthrough();
const dateTimeTimeZone = z.object({ dateTime: z.string(), timeZone: z.string().nullish() }).passthrough();

export const graphEventSchema = z
  .object({
    id: z.string().nullish(),
    subject: z.string().nullish(),
    body: z.object({ contentType: z.string().nullish(), content: z.string().nullish() }).passthrough().nullish(),
    bodyPreview: z.string().nullish(),
    location: z.object({ displayName: z.string().nullish() }).passthrough().nullish(),
    locations: z.array(z.object({ displayName: z.string().nullish() }).passthrough()).nullish(),
    onlineMeeting: z.object({ joinUrl: z.string().nullish() }).passthrough().nullish(),
    onlineMeetingUrl: z.string().nullish(),
    isOnlineMeeting: z.boolean().nullish(),
    onlineMeetingProvider: z.string().nullish(),
    attendees: z
      .array(z.object({ type: z.string().nullish(), emailAddress: emailAddress.nullish() }).passthrough())
      .nullish(),
    organizer: z.object({ emailAddress: emailAddress.nullish() }).passthrough().nullish(),
    sensitivity: z.enum(['normal', 'personal', 'private', 'confidential']).nullish(),
    start: dateTimeTimeZone.nullish(),
    end: dateTimeTimeZone.nullish(),
    isCancelled: z.boolean().nullish(),
    seriesMasterId: z.string().nullish(),
    type: z.string().nullish(),
  })
  .passthrough();

export type GraphEvent = z.infer<typeof graphEventSchema>;

/** What a Graph event says about its meeting, beyond the text. */
export interface GraphEventFacts {
  organizer?: string;
  attendees: { address: string; domain: string; type?: string }[];
  sensitivity?: 'normal' | 'personal' | 'private' | 'confidential';
  start?: { dateTime: string; timeZone?: string };
  end?: { dateTime: string; timeZone?: string };
  isCancelled: boolean;
  isOnlineMeeting: boolean;
  onlineMeetingProvider?: string;
  joinUrl?: string;
  seriesMasterId?: string;
  type?: string;
}

/** A likely Graph event: has a structured body or Graph-only fields. */
export const looksLikeGraphEvent = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  (('body' in value && typeof (value as { body: unknown }).body === 'object') ||
    'onlineMeeting' in value ||
    'bodyPreview' in value ||
    '@odata.etag' in value ||
    'iCalUId' in value);

/** Maps a Graph event; throws a ZodError naming the field when the shape is wrong. */
export function inviteFromGraphEvent(raw: unknown): { input: InviteInput; facts: GraphEventFacts } {
  const event = graphEventSchema.parse(raw);
  const joinUrl = event.onlineMeeting?.joinUrl ?? event.onlineMeetingUrl ?? undefined;
  const content = event.body?.content ?? event.bodyPreview ?? '';
  const input: InviteInput = {
    ...(event.id ? { id: event.id } : {}),
    subject: event.subject ?? '',
    body: content,
    format: event.body?.contentType?.toLowerCase() === 'html' ? 'html' : 'text',
    ...(event.location?.displayName ? { location: event.location.displayName } : {}),
    ...(joinUrl ? { extraUrls: [joinUrl] } : {}),
  };
  const attendees = (event.attendees ?? [])
    .map((a) => ({ address: a.emailAddress?.address ?? '', type: a.type ?? undefined }))
    .filter((a) => a.address.includes('@'))
    .map((a) => ({ ...a, domain: domainOf(a.address) }));
  const facts: GraphEventFacts = {
    organizer: event.organizer?.emailAddress?.address ?? undefined,
    attendees,
    sensitivity: event.sensitivity ?? undefined,
    start: event.start ? { dateTime: event.start.dateTime, timeZone: event.start.timeZone ?? undefined } : undefined,
    end: event.end ? { dateTime: event.end.dateTime, timeZone: event.end.timeZone ?? undefined } : undefined,
    isCancelled: event.isCancelled ?? false,
    isOnlineMeeting: event.isOnlineMeeting ?? false,
    onlineMeetingProvider: event.onlineMeetingProvider ?? undefined,
    joinUrl,
    seriesMasterId: event.seriesMasterId ?? undefined,
    type: event.type ?? undefined,
  };
  return { input, facts };
}

export const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/**
 * The exposure a Graph event implies: external attendees (outside `internalDomains`, or outside the
 * organiser's domain when none are configured), audience size, distribution lists, sensitivity.
 */
export function exposureFromGraphFacts(
  facts: GraphEventFacts,
  internalDomains: readonly string[] = [],
  meeting?: OnlineMeetingSettings,
): ExposureContext {
  const internal = new Set(internalDomains.map((d) => d.toLowerCase()));
  if (internal.size === 0 && facts.organizer?.includes('@')) internal.add(domainOf(facts.organizer));
  const people = facts.attendees.filter((a) => a.type !== 'resource');
  const isInternal = (domain: string): boolean => [...internal].some((d) => domain === d || domain.endsWith(`.${d}`));
  const externalDomains = [...new Set(people.map((a) => a.domain).filter((d) => !isInternal(d)))];
  return {
    externalAttendees: internal.size === 0 ? undefined : externalDomains.length > 0,
    externalDomains,
    attendeeCount: people.length,
    distributionLists: people.some((a) => /^(?:all|everyone|staff|dl[-_.]|team[-_.]|group[-_.])/i.test(a.address)),
    sensitivity: facts.sensitivity,
    ...(meeting ? { meeting } : {}),
  };
}
