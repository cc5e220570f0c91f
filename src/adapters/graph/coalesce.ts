// Outlook sends several notifications for one user action (created + updated, up to three updated per edit:
// facts/graph.md §1), and delta may replay items: all pending rows of one event become one review.
import type { EventChange } from '../../app/calendar.js';
import type { InboxRow } from './inbox.js';

const RANK: EventChange['changeType'][] = ['deleted', 'created', 'updated', 'reconciled'];

export interface CoalescedChange {
  change: EventChange;
  rowIds: number[];
  /** Earliest receipt among the rows (ms), for the processing-latency metric. */
  receivedAt: number;
  /** Failed attempts so far (the most among the rows). */
  attempts: number;
}

export function coalesce(rows: InboxRow[]): CoalescedChange[] {
  const groups = new Map<string, InboxRow[]>();
  for (const row of rows) {
    const key = `${row.user_id}\u0000${row.event_id}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].map((group) => {
    group.sort((a, b) => a.id - b.id);
    const latest = group[group.length - 1] as InboxRow;
    // A deletion wins: whatever else was said about the event, it is gone now. Then created (a new event,
    // whatever updates followed), then updated, then reconciled (delta).
    const deleted = group.some((r) => r.change_type === 'deleted');
    const type = RANK.find((t) => group.some((r) => r.change_type === t)) ?? latest.change_type;
    // A notification means the event may be newer than any copy delta brought: then let the reviewer fetch it.
    const onlyDelta = group.every((r) => r.source === 'delta');
    const change: EventChange = {
      userId: latest.user_id,
      eventId: latest.event_id,
      changeType: type,
    };
    if (!deleted && onlyDelta && latest.event) change.event = JSON.parse(latest.event);
    return {
      change,
      rowIds: group.map((r) => r.id),
      receivedAt: Math.min(...group.map((r) => Date.parse(r.received_at))),
      attempts: Math.max(...group.map((r) => r.attempts)),
    };
  });
}
