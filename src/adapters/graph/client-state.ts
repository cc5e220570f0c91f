// clientState: a per-subscription secret Graph echoes in every notification (facts/graph.md §1 "clientState").
// Only its SHA-256 is kept; a received value is hashed and compared in constant time, so neither the database
// nor the comparison's timing reveals the secret.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 48 random bytes → 64 base64url characters (Graph allows at most 128). */
export const newClientState = (): string => randomBytes(48).toString('base64url');

export const hashClientState = (clientState: string): string =>
  createHash('sha256').update(clientState, 'utf8').digest('hex');

export function clientStateMatches(received: string | undefined, storedHash: string): boolean {
  if (typeof received !== 'string') return false;
  const a = Buffer.from(hashClientState(received), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
