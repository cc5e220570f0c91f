// Counters of the warnings use case, on the service's registry (registered once per registry).
import { Counter, type Registry } from 'prom-client';
import type { Metrics } from '../../observability/metrics.js';

function counter<L extends string>(registry: Registry, name: string, help: string, labelNames: readonly L[]) {
  const existing = registry.getSingleMetric(name);
  if (existing) return existing as Counter<L>;
  return new Counter({ name, help, labelNames, registers: [registry] });
}

export function createWarningMetrics(metrics: Metrics) {
  return {
    reviewed: counter(metrics.registry, 'hygiene_events_reviewed_total', 'Calendar events reviewed, by outcome', [
      'outcome',
    ] as const),
    sent: counter(metrics.registry, 'hygiene_warnings_sent_total', 'Organiser messages sent, by channel and kind', [
      'channel',
      'kind',
    ] as const),
    suppressed: counter(
      metrics.registry,
      'hygiene_warnings_suppressed_total',
      'Warnings not sent, by reason (below threshold, unchanged, dismissed, snoozed, quiet hours, …)',
      ['reason'] as const,
    ),
  };
}

export type WarningMetrics = ReturnType<typeof createWarningMetrics>;
