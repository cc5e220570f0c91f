// Graph `dateTimeTimeZone` values → instants, and whether a meeting (or series) is still ahead.
// Graph returns UTC unless the caller sent `Prefer: outlook.timezone` (facts/graph.md §2); IANA zones are converted,
// Windows zone names ("Pacific Standard Time") are not known to Intl and are read as UTC.

export interface DateTimeTimeZone {
  dateTime: string;
  timeZone?: string;
}

function offsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
    .formatToParts(at)
    .reduce<Record<string, number>>((acc, p) => Object.assign(acc, { [p.type]: Number(p.value) }), {});
  const local = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return local - Math.floor(at.getTime() / 1000) * 1000;
}

const isUtc = (tz: string | undefined): boolean => !tz || /^(utc|gmt|z|etc\/utc|coordinated universal time)$/i.test(tz);

export function instantOf(value: DateTimeTimeZone | undefined): Date | undefined {
  if (!value?.dateTime) return undefined;
  const local = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.dateTime.trim());
  if (!local) return undefined;
  const millis = local[2] ? `.${local[2].slice(1, 4).padEnd(3, '0')}` : '';
  if (local[3]) {
    const d = new Date(`${local[1]}${millis}${local[3]}`);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  const asUtc = new Date(`${local[1]}${millis}Z`);
  if (Number.isNaN(asUtc.getTime())) return undefined;
  if (isUtc(value.timeZone)) return asUtc;
  try {
    // Two passes settle the offset around daylight-saving changes.
    const first = new Date(asUtc.getTime() - offsetMs(asUtc, value.timeZone as string));
    return new Date(asUtc.getTime() - offsetMs(first, value.timeZone as string));
  } catch {
    return asUtc;
  }
}

interface RecurrenceRange {
  type?: string;
  endDate?: string;
}

/** The recurrence range of a series master (raw Graph JSON), if any. */
export function recurrenceRangeOf(raw: unknown): RecurrenceRange | undefined {
  const range = (raw as { recurrence?: { range?: unknown } } | null)?.recurrence?.range;
  return range && typeof range === 'object' ? (range as RecurrenceRange) : undefined;
}

/**
 * Whether the meeting still lies ahead. A single meeting: its end is in the future. A series master carries the first
 * occurrence's times, so its recurrence range decides (no end, or an end date not yet past; a numbered range is
 * assumed to continue, since counting occurrences needs the pattern).
 */
export function endsInFuture(input: { end?: Date; start?: Date; type?: string; raw?: unknown }, now: Date): boolean {
  if (input.type === 'seriesMaster') {
    const range = recurrenceRangeOf(input.raw);
    if (!range || range.type === 'noEnd' || range.type === 'numbered') return true;
    if (range.type === 'endDate' && range.endDate) return `${range.endDate}T23:59:59.999Z` >= now.toISOString();
    return true;
  }
  const end = input.end ?? input.start;
  return end !== undefined && end.getTime() > now.getTime();
}
