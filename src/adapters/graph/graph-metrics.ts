// Prometheus metrics of the Graph watcher, registered on the service's registry.
import { Counter, Histogram, type Registry } from 'prom-client';

export function createGraphMetrics(registry: Registry) {
  return {
    received: new Counter({
      name: 'hygiene_graph_notifications_received_total',
      help: 'Graph notification items received, by kind (change | lifecycle)',
      labelNames: ['kind'] as const,
      registers: [registry],
    }),
    dropped: new Counter({
      name: 'hygiene_graph_notifications_dropped_total',
      help: 'Graph notification items dropped, by reason',
      labelNames: ['reason'] as const,
      registers: [registry],
    }),
    processed: new Counter({
      name: 'hygiene_graph_changes_processed_total',
      help: 'Coalesced event changes handed to the reviewer, by outcome',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    coalesced: new Counter({
      name: 'hygiene_graph_inbox_rows_total',
      help: 'Inbox rows completed (several rows may make one review)',
      registers: [registry],
    }),
    requests: new Counter({
      name: 'hygiene_graph_requests_total',
      help: 'HTTP requests sent to Microsoft Graph (each retry counts), by method and status',
      labelNames: ['method', 'status'] as const,
      registers: [registry],
    }),
    tokenRequests: new Counter({
      name: 'hygiene_graph_token_acquisitions_total',
      help: 'Access tokens acquired from MSAL (cache hits included), by outcome',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'hygiene_graph_processing_seconds',
      help: 'From notification received to review done',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers: [registry],
    }),
  };
}

export type GraphMetrics = ReturnType<typeof createGraphMetrics>;
