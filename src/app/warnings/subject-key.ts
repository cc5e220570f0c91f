// The warning's subject key: one warning per meeting, and one per series (occurrences and exceptions share their
// master's key). The key travels in card buttons, so it must match card-actions' pattern /^[\w:.@#=+/-]{1,300}$/;
// decisions are stored under it (and under `<key>#<rule>` for a single rule).
import { createHash } from 'node:crypto';

const SAFE_ID = /^[\w.@=+/-]{1,160}$/;

/** Graph ids are base64-like (`AAMkAG…=`) and usually safe; long or odd ones are replaced by a stable hash. */
export function keyPart(id: string): string {
  return SAFE_ID.test(id) ? id : `h-${createHash('sha256').update(id).digest('base64url').slice(0, 32)}`;
}

export interface KeySource {
  eventId: string;
  type?: string;
  seriesMasterId?: string;
}

export function subjectKeyOf(userId: string, source: KeySource): string {
  if (source.type === 'seriesMaster') return `series:${keyPart(userId)}:${keyPart(source.eventId)}`;
  if (source.seriesMasterId) return `series:${keyPart(userId)}:${keyPart(source.seriesMasterId)}`;
  return `event:${keyPart(userId)}:${keyPart(source.eventId)}`;
}

/** Keys a deleted or cancelled item may have had: its own event key, or the series key when it was a master. */
export const keysClosedBy = (userId: string, eventId: string): string[] => [
  subjectKeyOf(userId, { eventId }),
  subjectKeyOf(userId, { eventId, type: 'seriesMaster' }),
];

export const WARNING_KEY_PATTERN = /^[\w:.@#=+/-]{1,300}$/;
