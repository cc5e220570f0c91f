// What every optional integration (Slack, Graph watcher, reminders) receives from the service, and gives back.
import type { RequestHandler } from 'express';
import type { SqlStore } from './adapters/store/sql-store.js';
import type { TeamsNotifier } from './adapters/teams/notifier.js';
import type { AdminCommands } from './app/admin.js';
import type { CardActionDeps, WarningActionsPort } from './app/card-actions.js';
import type { ChatEngines } from './app/chat.js';
import type { SendResult } from './app/deliver.js';
import type { Clock } from './app/ports.js';
import type { Config } from './config.js';
import type { BotMessage } from './domain/message.js';
import type { Policy } from './domain/policy/schema.js';
import type { Logger, SecretRedactor } from './observability/logger.js';
import type { Metrics } from './observability/metrics.js';

export interface IntegrationDeps {
  config: Config;
  policy: Policy;
  store: SqlStore;
  engines: ChatEngines;
  cardActions: CardActionDeps;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  redactor: SecretRedactor;
  teams: TeamsNotifier;
  /** Admin commands (policy reminders), when that feature is wired. */
  admin?: AdminCommands;
  /** A person's open organiser warnings (empty while the Graph watcher is off). */
  openWarnings?: (who: { aadObjectId?: string; email?: string }) => Promise<BotMessage[]>;
  retry?: { retries?: number; minTimeoutMs?: number };
}

/** Proactive Slack messages, as the warnings and reminders need them. */
export interface SlackNotifierPort {
  /** Finds the Slack user by e-mail (users.lookupByEmail) and DMs them; undefined when no such user. */
  sendToEmail(email: string, message: BotMessage): Promise<(SendResult & { channel: string }) | undefined>;
  sendToChannel(channel: string, message: BotMessage): Promise<SendResult & { channel: string }>;
  update(channel: string, ts: string, message: BotMessage): Promise<SendResult>;
}

export interface SlackIntegration {
  /** Mounted at POST /slack/events in HTTP mode; absent in Socket Mode. */
  requestHandler?: RequestHandler;
  notifier: SlackNotifierPort;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The Microsoft Graph watcher and the organiser warnings it drives. */
export interface GraphIntegration {
  /** POST /api/graph/notifications (the validation handshake is answered before this handler). */
  notificationsHandler: RequestHandler;
  /** POST /api/graph/lifecycle. */
  lifecycleHandler: RequestHandler;
  /** Card actions on warnings (fix the lobby). */
  warningActions: WarningActionsPort;
  /** Transitive Entra group membership (admins named by `admins.teamsGroupId`). */
  isGroupMember(userId: string, groupId: string): Promise<boolean>;
  /** Open warnings of a user, for Slack's App Home and the console. */
  openWarnings(userKey: { aadObjectId?: string; email?: string }): Promise<BotMessage[]>;
  /** Resolves monitored users, ensures subscriptions, reconciles by delta, starts workers and timers. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves when every accepted notification has been processed (tests and graceful shutdown). */
  idle(): Promise<void>;
}

export interface GraphIntegrationDeps extends IntegrationDeps {
  slack?: SlackNotifierPort;
}
