// Delivering a proactive message exactly once per idempotency key, with the outcome recorded.
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import { type Clock, type DeliveryRepository, systemClock } from './ports.js';

export type DeliveryOutcome =
  | { status: 'sent'; messageRef?: string }
  | { status: 'duplicate' }
  | { status: 'failed'; error: string };

export interface DeliverDeps {
  deliveries: DeliveryRepository;
  logger: Logger;
  metrics?: Metrics;
  clock?: Clock;
  /** A delivery still pending after this long was abandoned by a crashed sender and is sent again. */
  staleAfterMs?: number;
}

const DEFAULT_STALE_AFTER_MS = 120_000;

/** What a channel's send returns: the platform's message id and how many attempts it took. */
export interface SendResult {
  messageRef?: string;
  attempts: number;
}

export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly attempts: number,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

export async function deliverOnce(
  deps: DeliverDeps,
  what: { channel: string; target: string; kind: string; dedupeKey?: string },
  send: () => Promise<SendResult>,
): Promise<DeliveryOutcome> {
  const { record, existing } = await deps.deliveries.begin(what);
  // A delivery already sent, or being sent by a live worker, is not sent again. A failed one may be retried, and so
  // may one whose sender died before recording the outcome (pending for longer than any send takes).
  const staleBefore = new Date(
    (deps.clock ?? systemClock).now().getTime() - (deps.staleAfterMs ?? DEFAULT_STALE_AFTER_MS),
  );
  const abandoned =
    existing &&
    record.status === 'pending' &&
    (await deps.deliveries.reclaimStale(record.id, staleBefore.toISOString()));
  if (existing && record.status !== 'failed' && !abandoned) {
    deps.metrics?.deliveries.inc({ channel: what.channel, kind: what.kind, outcome: 'duplicate' });
    return { status: 'duplicate' };
  }
  try {
    const result = await send();
    await deps.deliveries.markSent(record.id, record.attempts + result.attempts, result.messageRef);
    deps.metrics?.deliveries.inc({ channel: what.channel, kind: what.kind, outcome: 'sent' });
    deps.logger.info(
      { channel: what.channel, target: what.target, kind: what.kind, attempts: result.attempts },
      'delivered',
    );
    return { status: 'sent', messageRef: result.messageRef };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    const attempts = err instanceof DeliveryError ? err.attempts : 1;
    await deps.deliveries.markFailed(record.id, record.attempts + attempts, error);
    deps.metrics?.deliveries.inc({ channel: what.channel, kind: what.kind, outcome: 'failed' });
    deps.logger.warn({ channel: what.channel, target: what.target, kind: what.kind, error }, 'delivery failed');
    return { status: 'failed', error };
  }
}
