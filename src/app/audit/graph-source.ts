// The audit's Graph port: the narrow seam a Graph adapter implements (calendarView of one user between two instants)
// and the mapping of the raw events it returns to audit events. The adapter lives in src/adapters/graph/.
import { type AnalysisPolicy, fromJson } from '../../domain/invite/index.js';
import type { AuditEvent } from './types.js';

export interface AuditEventSource {
  /**
   * Events of one user that overlap [start, end), recurring series expanded into occurrences (Graph calendarView),
   * as Graph returns them (raw JSON objects; the invite engine validates them).
   */
  listEvents(userId: string, start: Date, end: Date): Promise<unknown[]>;
  /** The users to audit (GRAPH_MONITORED_USERS and the members of GRAPH_MONITORED_GROUP_ID). */
  monitoredUsers(): Promise<string[]>;
}

interface GraphTimes {
  start?: { dateTime?: string; timeZone?: string };
  organizer?: { emailAddress?: { name?: string; address?: string } };
  type?: string;
}

/** Graph's dateTime has no offset: the port asks for UTC (Prefer: outlook.timezone="UTC"), so it is read as UTC. */
function graphStart(event: GraphTimes): Date | undefined {
  const value = event.start?.dateTime;
  if (!value) return undefined;
  const date = new Date(/(?:[zZ]|[+-]\d\d:?\d\d)$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function graphOrganiser(event: GraphTimes): string | undefined {
  const e = event.organizer?.emailAddress;
  if (!e) return undefined;
  if (e.name && e.address && e.name !== e.address) return `${e.name} <${e.address}>`;
  return e.address ?? e.name;
}

export function auditEventsFromGraph(userId: string, raw: unknown[], policy?: AnalysisPolicy): AuditEvent[] {
  const out: AuditEvent[] = [];
  for (const value of raw) {
    const times = (typeof value === 'object' && value !== null ? value : {}) as GraphTimes;
    for (const detected of fromJson(value, policy)) {
      out.push({
        source: `graph:${userId}`,
        detected,
        start: graphStart(times),
        organiser: graphOrganiser(times),
        ...(times.type === 'occurrence' || times.type === 'exception' ? { recurrence: 'occurrence' as const } : {}),
      });
    }
  }
  return out;
}
