// iCalendar (.ics) invites → one record per VEVENT (ical.js does line unfolding and TEXT unescaping).
// A malformed file falls back to a minimal unfold-and-unescape reader, so a broken .ics still gets checked.
import ICAL from 'ical.js';

export interface CalendarEvent {
  uid?: string;
  summary?: string;
  description?: string;
  /** X-ALT-DESC;FMTTYPE=text/html: the HTML twin of DESCRIPTION that Outlook writes. */
  altDescriptionHtml?: string;
  location?: string;
  url?: string;
  /** Teams writes its join link here too. */
  teamsUrl?: string;
  organizer?: string;
  attendees: string[];
  /** CLASS: PUBLIC | PRIVATE | CONFIDENTIAL. */
  classification?: string;
}

// The line-anchored, case-insensitive test runs only when `:V`/`:v` occurs (one cheap scan finds either).
const COLON_V = /:[Vv]/;
export const looksLikeICalendar = (text: string): boolean =>
  /^\s*BEGIN:VCALENDAR/i.test(text) || (COLON_V.test(text) && /^BEGIN:VEVENT/im.test(text));

export function parseICalendar(text: string): CalendarEvent[] {
  try {
    const parsed = ICAL.parse(text);
    const calendars = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
    const events: CalendarEvent[] = [];
    for (const jcal of calendars) {
      const calendar = new ICAL.Component(jcal as never);
      const vevents = calendar.name === 'vevent' ? [calendar] : calendar.getAllSubcomponents('vevent');
      for (const vevent of vevents) events.push(fromComponent(vevent));
    }
    return events;
  } catch {
    return parseLeniently(text);
  }
}

function fromComponent(vevent: InstanceType<typeof ICAL.Component>): CalendarEvent {
  const text = (name: string): string | undefined => {
    const value = vevent.getFirstPropertyValue(name);
    return value === null || value === undefined ? undefined : String(value);
  };
  return {
    uid: text('uid'),
    summary: text('summary'),
    description: text('description'),
    altDescriptionHtml: text('x-alt-desc'),
    location: text('location'),
    url: text('url'),
    teamsUrl: text('x-microsoft-skypeteamsmeetingurl'),
    organizer: text('organizer'),
    attendees: vevent.getAllProperties('attendee').map((p) => String(p.getFirstValue())),
    classification: text('class'),
  };
}

const unescapeText = (value: string): string =>
  value.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** Enough of RFC 5545 to read a damaged file: unfold, split name;params:value, unescape TEXT. */
function parseLeniently(text: string): CalendarEvent[] {
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const events: CalendarEvent[] = [];
  let current: CalendarEvent | undefined;
  let nested = 0; // depth inside VALARM and other sub-components, whose DESCRIPTION is not the invite's
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).split(';')[0]?.toUpperCase();
    const value = line.slice(colon + 1);
    if (name === 'BEGIN' && value.toUpperCase() === 'VEVENT') current = { attendees: [] };
    else if (current && name === 'BEGIN') nested++;
    else if (current && name === 'END' && nested > 0) nested--;
    else if (nested > 0) continue;
    else if (name === 'END' && value.toUpperCase() === 'VEVENT' && current) {
      events.push(current);
      current = undefined;
    } else if (current) {
      const v = unescapeText(value);
      if (name === 'UID') current.uid = v;
      else if (name === 'SUMMARY') current.summary = v;
      else if (name === 'DESCRIPTION') current.description = v;
      else if (name === 'X-ALT-DESC') current.altDescriptionHtml = v;
      else if (name === 'LOCATION') current.location = v;
      else if (name === 'URL') current.url = v;
      else if (name === 'X-MICROSOFT-SKYPETEAMSMEETINGURL') current.teamsUrl = v;
      else if (name === 'ORGANIZER') current.organizer = v;
      else if (name === 'ATTENDEE') current.attendees.push(v);
      else if (name === 'CLASS') current.classification = v;
    }
  }
  if (current) events.push(current);
  return events;
}
