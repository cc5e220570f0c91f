// Quiet hours (policy `warnings.quietHours`: HH:MM–HH:MM in a time zone, possibly over midnight): new warnings and
// reminders wait until they end; nothing is dropped.
import type { Policy } from '../../domain/policy/schema.js';

type QuietHours = NonNullable<Policy['warnings']['quietHours']>;

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

function localMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(at)
    .reduce<Record<string, string>>((acc, p) => Object.assign(acc, { [p.type]: p.value }), {});
  return Number(parts.hour) * 60 + Number(parts.minute);
}

export function isQuietAt(at: Date, quiet: QuietHours | undefined): boolean {
  if (!quiet) return false;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  const now = localMinutes(at, quiet.timezone);
  return start < end ? now >= start && now < end : now >= start || now < end;
}
