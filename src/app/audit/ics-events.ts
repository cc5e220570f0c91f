// One .ics file → the audit's events. Unlike `hygiene check` (which reads a damaged file leniently so a pasted invite
// still gets checked), an audit reads calendar exports strictly: a file ical.js cannot parse is reported by name.
// Recurring events are expanded with ical.js within a closed window; without an end date a series counts once.
// Modified occurrences (RECURRENCE-ID) stand for the occurrence they replace (RFC 5545 §3.8.4.4).
import ICAL from 'ical.js';
import type { AnalysisPolicy } from '../../domain/invite/index.js';
import { detectInputs } from '../../domain/invite/index.js';
import type { AuditEvent, AuditWindow } from './types.js';

/** Per series: a weekly meeting over twenty years is 1,040 occurrences; more is a runaway rule. */
export const MAX_OCCURRENCES = 1000;

export class AuditInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditInputError';
  }
}

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

export interface IcsReadResult {
  events: AuditEvent[];
  notes: string[];
}

const inWindow = (start: Date | undefined, window: AuditWindow): boolean =>
  start === undefined ||
  ((window.from === undefined || start >= window.from) && (window.to === undefined || start < window.to));

/** Floating times (no zone, or a TZID the file does not define) are read as UTC, not as this machine's zone. */
function toUtc(time: Time): Date {
  if (time.zone && time.zone !== ICAL.Timezone.localTimezone) return time.toJSDate();
  return new Date(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second));
}

function organiserOf(vevent: Component): string | undefined {
  const prop = vevent.getFirstProperty('organizer');
  if (!prop) return undefined;
  const address = String(prop.getFirstValue() ?? '')
    .replace(/^mailto:/i, '')
    .trim();
  const name = prop.getParameter('cn');
  const cn = typeof name === 'string' ? name.trim() : '';
  if (cn && address) return `${cn} <${address}>`;
  return cn || address || undefined;
}

/** The invite engine reads the event exactly as `hygiene check` would read a one-event .ics file. */
function detectOne(vevent: Component, policy?: AnalysisPolicy) {
  const calendar = new ICAL.Component(['vcalendar', [], [vevent.jCal]]);
  const [detected] = detectInputs(calendar.toString(), policy);
  if (!detected) throw new Error('the event could not be read');
  return detected;
}

export function readIcsEvents(
  source: string,
  text: string,
  window: AuditWindow = {},
  policy?: AnalysisPolicy,
): IcsReadResult {
  const clean = text.replace(/^\uFEFF/, '');
  if (!/^\s*BEGIN:VCALENDAR/i.test(clean)) {
    throw new AuditInputError(`${source}: not an iCalendar file (it does not start with BEGIN:VCALENDAR)`);
  }
  try {
    const parsed = ICAL.parse(clean) as unknown[];
    const roots = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
    const events: AuditEvent[] = [];
    const notes: string[] = [];
    for (const root of roots) {
      const calendar = new ICAL.Component(root as never);
      readCalendar(source, calendar, window, policy, events, notes);
    }
    return { events, notes };
  } catch (err) {
    if (err instanceof AuditInputError) throw err;
    throw new AuditInputError(`${source}: invalid iCalendar: ${(err as Error).message}`);
  }
}

function readCalendar(
  source: string,
  calendar: Component,
  window: AuditWindow,
  policy: AnalysisPolicy | undefined,
  events: AuditEvent[],
  notes: string[],
): void {
  const vevents = calendar.getAllSubcomponents('vevent');
  // Occurrences replaced by a modified instance: `${uid} ${recurrence-id in UTC}`.
  const replaced = new Set<string>();
  for (const vevent of vevents) {
    const event = new ICAL.Event(vevent);
    if (event.isRecurrenceException()) replaced.add(`${event.uid} ${toUtc(event.recurrenceId).toISOString()}`);
  }
  for (const vevent of vevents) {
    const event = new ICAL.Event(vevent);
    const base = { source, detected: detectOne(vevent, policy), organiser: organiserOf(vevent) };
    const dtstart = vevent.getFirstPropertyValue('dtstart') ? event.startDate : undefined;
    if (event.isRecurrenceException()) {
      const start = dtstart && toUtc(dtstart);
      if (inWindow(start, window)) events.push({ ...base, start, recurrence: 'occurrence' });
    } else if (event.isRecurring() && dtstart) {
      if (window.to === undefined) {
        events.push({ ...base, start: toUtc(dtstart), recurrence: 'series' });
        const uid = event.uid ? ` ${event.uid}` : '';
        notes.push(`${source}: recurring event${uid} counted once (give --to to expand its occurrences)`);
        continue;
      }
      const iterator = event.iterator();
      let count = 0;
      for (let next = iterator.next(); next; next = iterator.next()) {
        const start = toUtc(next);
        if (start >= window.to) break;
        if (++count > MAX_OCCURRENCES) {
          notes.push(`${source}: recurring event ${event.uid} stopped after ${MAX_OCCURRENCES} occurrences`);
          break;
        }
        if (replaced.has(`${event.uid} ${start.toISOString()}`)) continue;
        if (inWindow(start, window)) events.push({ ...base, start, recurrence: 'occurrence' });
      }
    } else {
      const start = dtstart && toUtc(dtstart);
      if (inWindow(start, window)) events.push({ ...base, start });
    }
  }
}
