// Wires the service: store, engines, adapters and the HTTP server. Used by `hygiene serve` and by the tests, which
// start it in-process on port 0 with a throwaway database.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { recoverSingleProcessStore } from './adapters/store/recover-single-process.js';
import { openStore, type SqlStore } from './adapters/store/sql-store.js';
import { HygieneTeamsBot } from './adapters/teams/bot.js';
import { createCloudAdapter } from './adapters/teams/cloud-adapter.js';
import { TeamsNotifier } from './adapters/teams/notifier.js';
import { teamsMessagesHandler } from './adapters/teams/route.js';
import { createConsoleRouter } from './adapters/web/console.js'; // web console (issue 9)
import type { CardActionDeps } from './app/card-actions.js';
import type { ChatEngines } from './app/chat.js';
import { createChatEngines } from './app/engines.js';
import { type Clock, systemClock } from './app/ports.js';
import { ReminderService } from './app/reminders/reminder-service.js';
import { ScheduleRepository } from './app/reminders/schedule-repository.js';
import { createTopicResolver } from './app/reminders/topics.js';
import { type Config, describeIntegrations } from './config.js';
import { loadPolicy } from './domain/policy/load.js';
import type { Policy } from './domain/policy/schema.js';
import { createHttpApp } from './http/server.js';
import type { GraphIntegration, IntegrationDeps, SlackIntegration } from './integrations.js';
import { createLogger, type Logger, SecretRedactor } from './observability/logger.js';
import { createMetrics, type Metrics } from './observability/metrics.js';

export interface ServiceOptions {
  config: Config;
  logger?: Logger;
  redactor?: SecretRedactor;
  clock?: Clock;
  cwd?: string;
  /** Override the engines (tests never need to; the real ones are fast). */
  engines?: ChatEngines;
  /** The policy in force (default: POLICY_FILE or the built-in defaults). */
  policy?: Policy;
  /** Retry policy for proactive sends (tests shorten the backoff). */
  retry?: { retries?: number; minTimeoutMs?: number };
}

export interface RunningService {
  port: number;
  url: string;
  store: SqlStore;
  metrics: Metrics;
  logger: Logger;
  policy: Policy;
  teams: TeamsNotifier;
  reminders: ReminderService;
  slack?: SlackIntegration;
  graph?: GraphIntegration;
  close(): Promise<void>;
}

export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

/** Refuses unsafe configurations before anything starts. */
export function assertSafeConfig(config: Config): void {
  if (config.production && !config.teams.appId) {
    throw new StartupError(
      'NODE_ENV=production but MicrosoftAppId is empty: the Teams endpoint would accept unauthenticated requests. Set MicrosoftAppId/MicrosoftAppPassword (see README).',
    );
  }
}

export async function startService(options: ServiceOptions): Promise<RunningService> {
  const { config } = options;
  assertSafeConfig(config);
  // An invalid policy file stops start-up before anything listens (PolicyError names the file and field).
  const policy = options.policy ?? loadPolicy(config.policyFile);
  const redactor = options.redactor ?? new SecretRedactor();
  redactor.add(
    config.teams.appPassword,
    config.slack.botToken,
    config.slack.signingSecret,
    config.slack.appToken,
    config.graph.clientSecret,
  );
  const logger = options.logger ?? createLogger({ level: config.logLevel, redactor });
  const clock = options.clock ?? systemClock;
  const metrics = createMetrics();

  for (const i of describeIntegrations(config)) logger.info({ integration: i.name, on: i.on }, `${i.name}: ${i.why}`);

  const store = await openStore(config.databaseUrl, { cwd: options.cwd, clock });
  logger.info({ store: store.database.describe, dialect: store.database.dialect }, 'store ready');
  if (store.database.dialect === 'sqlite') {
    const recovered = await recoverSingleProcessStore(store);
    if (recovered.deliveries || recovered.inbox)
      logger.warn(recovered, 'work cut short by the previous run will be retried');
  }

  const engines = options.engines ?? createChatEngines();
  const cardActions: CardActionDeps = { engines, decisions: store.decisions, clock };

  const adapter = createCloudAdapter(config.teams, logger);
  const teams = new TeamsNotifier(adapter, store.conversations, {
    appId: config.teams.appId ?? '',
    tenantId: config.teams.tenantId,
    retry: options.retry,
  });
  let slack: SlackIntegration | undefined;
  let graph: GraphIntegration | undefined;
  const reminders = new ReminderService({
    schedules: new ScheduleRepository(store.database.db),
    deliveries: store.deliveries,
    audit: store.audit,
    policy,
    resolveTopic: createTopicResolver(engines, policy),
    targets: { teams, slack: () => slack?.notifier },
    groupMembership: () => graph && ((userId, groupId) => graph!.isGroupMember(userId, groupId)),
    clock,
    logger,
    metrics,
  });
  await reminders.loadPolicySchedules();
  const bot = new HygieneTeamsBot({
    engines,
    conversations: store.conversations,
    cardActions,
    clock,
    logger,
    metrics,
    admin: reminders,
  });

  const deps: IntegrationDeps = {
    config,
    policy,
    store,
    engines,
    cardActions,
    clock,
    logger,
    metrics,
    redactor,
    teams,
    admin: reminders,
    // The Graph watcher starts after Slack; App Home asks it lazily.
    openWarnings: (who) => graph?.openWarnings(who) ?? Promise.resolve([]),
    retry: options.retry,
  };
  const slackOn = Boolean(config.slack.botToken && (config.slack.signingSecret || config.slack.appToken));
  slack = slackOn ? await (await import('./adapters/slack/integration.js')).createSlackIntegration(deps) : undefined;

  const graphOn = Boolean(config.graph.tenantId && config.graph.clientId && config.graph.clientSecret);
  graph = graphOn
    ? await (await import('./adapters/graph/integration.js')).createGraphIntegration({
        ...deps,
        slack: slack?.notifier,
      })
    : undefined;
  if (graph) cardActions.warnings = graph.warningActions;

  const app = createHttpApp(
    {
      teamsMessages: teamsMessagesHandler(adapter, bot, logger),
      slackEvents: slack?.requestHandler,
      slackSocketMode: Boolean(slack && config.slack.appToken),
      graphNotifications: graph?.notificationsHandler,
      graphLifecycle: graph?.lifecycleHandler,
      ready: () => store.ping(),
      // web console (issue 9): begin
      console: createConsoleRouter({ engines, config, store, logger, cardActions }),
      // web console (issue 9): end
    },
    { logger, metrics },
  );

  const server: Server = createServer(app);
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ port }, `listening on http://localhost:${port}`);
  // Integrations that talk outwards start after the server listens; a platform that is down must not stop us.
  await slack
    ?.start()
    .catch((err: Error) => logger.error({ err: { message: err.message } }, 'slack failed to start; will keep serving'));
  await graph
    ?.start()
    .catch((err: Error) =>
      logger.error({ err: { message: err.message } }, 'graph watcher failed to start; will retry'),
    );

  let closed = false;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    store,
    metrics,
    logger,
    policy,
    teams,
    reminders,
    slack,
    graph,
    async close() {
      if (closed) return;
      closed = true;
      await reminders.stop();
      await graph?.stop().catch(() => {});
      await slack?.stop().catch(() => {});
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await store.close();
    },
  };
}
