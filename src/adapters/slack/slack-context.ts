// What the Slack listeners share: the integration's dependencies plus the bot's identity and a client for calls
// made outside a listener's own (notifier, App Home).
import type { IntegrationDeps } from '../../integrations.js';
import type { BotIdentity } from './bot-identity.js';
import type { RecentEvents } from './recent-events.js';

export interface SlackContext {
  deps: IntegrationDeps;
  identity: BotIdentity;
  recentEvents: RecentEvents;
}
