// "Open meeting options": Teams' meetingOptions page, derived from a classic meetup-join link (facts/graph.md §9:
// `…/l/meetup-join/19%3ameeting_X%40thread.v2/0?context={"Tid":…,"Oid":…}` → `meetingOptions/?organizerId=…&
// tenantId=…&threadId=19_meeting_X@thread.v2&messageId=0`). Short `/meet/<id>?p=` links carry no ids (and a
// passcode token), so the event's webLink is used instead. The result holds ids only, never a credential.

export function meetingOptionsUrl(joinUrl: string | undefined): string | undefined {
  if (!joinUrl) return undefined;
  let url: URL;
  try {
    url = new URL(joinUrl);
  } catch {
    return undefined;
  }
  if (url.hostname !== 'teams.microsoft.com') return undefined;
  const match = /^\/l\/meetup-join\/([^/]+)\/(\d+)/.exec(url.pathname);
  if (!match?.[1]) return undefined;
  let thread: string;
  let context: { Tid?: unknown; Oid?: unknown };
  try {
    thread = decodeURIComponent(match[1]);
    context = JSON.parse(url.searchParams.get('context') ?? '{}');
  } catch {
    return undefined;
  }
  const ok = (v: unknown): v is string => typeof v === 'string' && /^[\w-]{1,64}$/.test(v);
  if (!ok(context.Tid) || !ok(context.Oid) || !/^19:meeting_[\w-]+@thread\.v2$/.test(thread)) return undefined;
  const options = new URL('https://teams.microsoft.com/meetingOptions/');
  options.searchParams.set('organizerId', context.Oid);
  options.searchParams.set('tenantId', context.Tid);
  options.searchParams.set('threadId', thread.replace(/^19:/, '19_'));
  options.searchParams.set('messageId', match[2] ?? '0');
  options.searchParams.set('language', 'en-US');
  return options.toString();
}

/** Only https links go into buttons. */
export const httpsOrUndefined = (url: string | undefined): string | undefined =>
  url && /^https:\/\//i.test(url) ? url : undefined;
