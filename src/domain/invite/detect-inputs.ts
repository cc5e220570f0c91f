// Auto-detection of what a file or paste holds: a Graph event, a Graph collection `{"value":[…]}`, a
// JSONL-style record `{"id"?, "subject"?, "body", "format"?}`, an iCalendar file, HTML, or plain text.
import { type AnalysisPolicy, DEFAULT_ANALYSIS_POLICY } from '../meeting/policy.js';
import type { ExposureContext } from './exposure.js';
import {
  domainOf,
  exposureFromGraphFacts,
  type GraphEventFacts,
  inviteFromGraphEvent,
  looksLikeGraphEvent,
} from './graph-event.js';
import { type CalendarEvent, looksLikeICalendar, parseICalendar } from './icalendar.js';
import { looksLikeHtml } from './normalise.js';
import type { InviteInput } from './types.js';

export interface DetectedInput {
  input: InviteInput;
  /** Exposure facts the source carries (Graph events, iCalendar attendees and CLASS). */
  context?: ExposureContext;
  facts?: GraphEventFacts;
}

/** Input that cannot be read; `line`/`column` (1-based) point at the problem when known. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export function detectInputs(raw: string, policy: AnalysisPolicy = DEFAULT_ANALYSIS_POLICY): DetectedInput[] {
  const text = raw.replace(/^\uFEFF/, '');
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') return fromJson(parseJson(text), policy);
  if (looksLikeICalendar(text)) return fromICalendar(text, policy);
  return [{ input: { body: text, format: looksLikeHtml(text) ? 'html' : 'text' } }];
}

/** JSON.parse with the error turned into line and column. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const at = /position (\d+)/.exec(message);
    const lc = /line (\d+) column (\d+)/.exec(message);
    let line: number | undefined;
    let column: number | undefined;
    if (lc) {
      line = Number(lc[1]);
      column = Number(lc[2]);
    } else if (at) {
      const offset = Number(at[1]);
      const before = text.slice(0, offset);
      line = before.split('\n').length;
      column = offset - before.lastIndexOf('\n');
    } else if (/end of (?:JSON|data) input/i.test(message)) {
      line = text.split('\n').length;
      column = text.length - text.lastIndexOf('\n');
    }
    const where = line !== undefined ? ` at line ${line}, column ${column}` : '';
    throw new InputError(
      `invalid JSON${where}: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '')}`,
      line,
      column,
    );
  }
}

/** One JSON value → inputs. A record or a Graph event; arrays and `{"value":[…]}` hold several. */
export function fromJson(value: unknown, policy: AnalysisPolicy = DEFAULT_ANALYSIS_POLICY): DetectedInput[] {
  if (Array.isArray(value)) return value.flatMap((v) => fromJson(v, policy));
  if (typeof value !== 'object' || value === null)
    throw new InputError('expected a JSON object (an invite record or a Graph event)');
  const object = value as Record<string, unknown>;
  if (Array.isArray(object.value) && !('body' in object)) return object.value.flatMap((v) => fromJson(v, policy));
  if (typeof object.body === 'string') return [{ input: recordInput(object) }];
  if (looksLikeGraphEvent(object)) {
    const { input, facts } = inviteFromGraphEvent(object);
    return [{ input, facts, context: exposureFromGraphFacts(facts, policy.internalDomains) }];
  }
  throw new InputError('expected an object with a "body" string, or a Graph event');
}

function recordInput(o: Record<string, unknown>): InviteInput {
  const format = o.format === 'html' || o.format === 'text' ? o.format : undefined;
  if (o.format !== undefined && format === undefined) throw new InputError('"format" must be "html" or "text"');
  const input: InviteInput = { body: o.body as string };
  if (o.id !== undefined && o.id !== null) input.id = String(o.id);
  if (typeof o.subject === 'string') input.subject = o.subject;
  if (format) input.format = format;
  return input;
}

function fromICalendar(text: string, policy: AnalysisPolicy): DetectedInput[] {
  const events = parseICalendar(text);
  if (events.length === 0) return [{ input: { body: text, format: 'text' } }];
  return events.map((event) => ({ input: calendarInput(event), context: calendarExposure(event, policy) }));
}

function calendarInput(event: CalendarEvent): InviteInput {
  const html = !event.description && event.altDescriptionHtml;
  return {
    ...(event.uid ? { id: event.uid } : {}),
    subject: event.summary ?? '',
    body: (html ? event.altDescriptionHtml : event.description) ?? '',
    format: html ? 'html' : 'text',
    ...(event.location ? { location: event.location } : {}),
    extraUrls: [event.url, event.teamsUrl].filter((u): u is string => Boolean(u)),
  };
}

function calendarExposure(event: CalendarEvent, policy: AnalysisPolicy): ExposureContext {
  const address = (v: string): string => v.replace(/^mailto:/i, '').trim();
  const organizer = event.organizer ? address(event.organizer) : undefined;
  const internal = new Set(policy.internalDomains.map((d) => d.toLowerCase()));
  if (internal.size === 0 && organizer?.includes('@')) internal.add(domainOf(organizer));
  const domains = event.attendees
    .map(address)
    .filter((a) => a.includes('@'))
    .map(domainOf);
  const externalDomains = [
    ...new Set(domains.filter((d) => ![...internal].some((i) => d === i || d.endsWith(`.${i}`)))),
  ];
  const cls = event.classification?.toUpperCase();
  return {
    ...(internal.size > 0 && domains.length > 0
      ? { externalAttendees: externalDomains.length > 0, externalDomains }
      : {}),
    ...(domains.length > 0 ? { attendeeCount: domains.length } : {}),
    ...(cls ? { sensitivity: cls === 'PRIVATE' ? 'private' : cls === 'CONFIDENTIAL' ? 'confidential' : 'normal' } : {}),
  };
}
