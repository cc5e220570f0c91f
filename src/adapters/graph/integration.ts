// Wires the Microsoft Graph watcher into the service: MSAL token provider, Graph client, CalendarPort, the
// organiser-warnings use case as the EventReviewer, and the watcher (subscriptions, routes, inbox, delta, timers).
import { createWarningService } from '../../app/warnings/index.js';
import { parseDuration } from '../../domain/policy/duration.js';
import type { GraphIntegration, GraphIntegrationDeps } from '../../integrations.js';
import { GraphCalendar } from './graph-calendar.js';
import { createGraphClient } from './graph-client.js';
import { createGraphMetrics } from './graph-metrics.js';
import { createGraphWatcher } from './graph-watcher.js';
import { createMsalTokenProvider } from './msal-token-provider.js';

/** Reminders and deferred deliveries of the warnings use case are checked this often. */
const REMIND_EVERY_MS = 60_000;

export async function createGraphIntegration(deps: GraphIntegrationDeps): Promise<GraphIntegration> {
  const { config, store, clock, logger, redactor, policy } = deps;
  const { tenantId, clientId, clientSecret } = config.graph;
  if (!tenantId || !clientId || !clientSecret)
    throw new Error('GRAPH_TENANT_ID, GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET are required');
  const metrics = createGraphMetrics(deps.metrics.registry);

  const tokens = createMsalTokenProvider(
    { tenantId, clientId, clientSecret, authorityHost: config.graph.authorityHost },
    {
      onToken: (token) => redactor.add(token),
      onOutcome: (outcome) => metrics.tokenRequests.inc({ outcome }),
    },
  );
  const client = createGraphClient({
    baseUrl: config.graph.baseUrl,
    authProvider: tokens,
    onResponse: (method, status) => metrics.requests.inc({ method, status: String(status) }),
  });
  const calendar = new GraphCalendar(client);
  const warnings = createWarningService({
    calendar,
    store,
    policy,
    teams: deps.teams,
    slack: deps.slack,
    clock,
    logger,
    metrics: deps.metrics,
  });

  const watcher = createGraphWatcher({
    db: store.database.db,
    client,
    calendar,
    reviewer: warnings,
    clock,
    logger,
    redactor,
    metrics,
    tenantId,
    notificationUrl: config.graph.notificationUrl,
    monitoredUsers: config.graph.monitoredUsers,
    monitoredGroupId: config.graph.monitoredGroupId,
    windowDays: policy.watch.windowDays,
    refreshEveryMs: parseDuration(policy.watch.refreshEvery) ?? 6 * 3_600_000,
    periodic: [{ everyMs: REMIND_EVERY_MS, run: () => warnings.remindDue() }],
  });

  return {
    notificationsHandler: watcher.notificationsHandler,
    lifecycleHandler: watcher.lifecycleHandler,
    warningActions: warnings,
    openWarnings: (who) => warnings.openWarnings(who),
    isGroupMember: (userId, groupId) => calendar.isGroupMember(userId, groupId),
    start: () => watcher.start(),
    stop: () => watcher.stop(),
    idle: () => watcher.idle(),
  };
}
