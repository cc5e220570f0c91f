// Prometheus metrics (prom-client), one registry per service instance so tests can run several side by side.
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpRequests = new Counter({
    name: 'hygiene_http_requests_total',
    help: 'HTTP requests by route and status code',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  const botMessages = new Counter({
    name: 'hygiene_bot_messages_total',
    help: 'Chat messages handled, by platform and intent',
    labelNames: ['platform', 'intent'] as const,
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'hygiene_deliveries_total',
    help: 'Proactive messages (warnings, reminders) by channel, kind and outcome',
    labelNames: ['channel', 'kind', 'outcome'] as const,
    registers: [registry],
  });
  const cardActions = new Counter({
    name: 'hygiene_card_actions_total',
    help: 'Card and button actions by verb and outcome',
    labelNames: ['platform', 'verb', 'outcome'] as const,
    registers: [registry],
  });
  const invitesChecked = new Counter({
    name: 'hygiene_invites_checked_total',
    help: 'Invites analysed, by whether a credential finding was raised',
    labelNames: ['source', 'flagged'] as const,
    registers: [registry],
  });
  const requestSeconds = new Histogram({
    name: 'hygiene_http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['route'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  return { registry, httpRequests, botMessages, deliveries, cardActions, invitesChecked, requestSeconds };
}

export type Metrics = ReturnType<typeof createMetrics>;
