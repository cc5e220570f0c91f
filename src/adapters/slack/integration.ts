// The Slack app: Bolt over HTTP at POST /slack/events (ExpressReceiver; signature verification and the 5-minute
// replay window stay on) or over Socket Mode when SLACK_APP_TOKEN is set. Nothing here waits for Slack at start-up:
// the bot's identity is learned in start() and a failure there is logged, not fatal.
import {
  App,
  ExpressReceiver,
  type ReceiverProcessEventErrorHandlerArgs,
  SocketModeReceiver,
  webApi,
} from '@slack/bolt';
import { BODY_LIMIT_BYTES } from '../../http/server.js';
import type { IntegrationDeps, SlackIntegration } from '../../integrations.js';
import { registerAppHome } from './app-home.js';
import { registerBlockActions } from './block-actions.js';
import { boltLogger } from './bolt-logger.js';
import { BotIdentity } from './bot-identity.js';
import { withBoundedBody } from './bounded-body.js';
import { registerChannelWatch } from './channel-watch.js';
import { webClientOptions } from './client-options.js';
import { registerConversation } from './conversation.js';
import { SlackNotifier } from './notifier.js';
import { RecentEvents } from './recent-events.js';
import type { SlackContext } from './slack-context.js';
import { registerSlashCommand } from './slash-command.js';

export async function createSlackIntegration(deps: IntegrationDeps): Promise<SlackIntegration> {
  const { config, logger } = deps;
  const botToken = config.slack.botToken;
  if (!botToken) throw new Error('SLACK_BOT_TOKEN is required for the Slack integration');
  const log = logger.child({ integration: 'slack' });
  const bolt = boltLogger(log);
  const clientOptions = webClientOptions(config.slack, bolt, deps.retry);
  // Calls outside listeners (auth.test, proactive sends) are retried by their callers, not by the client.
  const client = new webApi.WebClient(botToken, webClientOptions(config.slack, bolt, deps.retry, 0));
  const identity = new BotIdentity(client, botToken, log);
  const socketMode = Boolean(config.slack.appToken);

  const receiver = socketMode
    ? new SocketModeReceiver({
        appToken: config.slack.appToken as string,
        logger: bolt,
        // The Socket Mode client makes its own WebClient (apps.connections.open): same API base and short retries.
        installerOptions: { clientOptions },
      })
    : new ExpressReceiver({
        signingSecret: config.slack.signingSecret as string,
        logger: bolt,
        endpoints: '/slack/events',
        bodyLimit: BODY_LIMIT_BYTES,
        processEventErrorHandler: async (args) => answerListenerError(args, log),
      });

  const app = new App({
    receiver,
    authorize: identity.authorize,
    clientOptions,
    logger: bolt,
    socketMode,
  });
  // Errors thrown by listeners: logged (the logger redacts secrets), never a crash. Slack already has its ack.
  app.error(async (error) => {
    log.error({ err: { message: error.message, code: error.code } }, 'slack listener failed');
  });

  const ctx: SlackContext = { deps, identity, recentEvents: new RecentEvents() };
  registerSlashCommand(app, ctx);
  registerConversation(app, ctx);
  registerChannelWatch(app, ctx);
  registerBlockActions(app, ctx);
  registerAppHome(app, ctx);

  const notifier = new SlackNotifier(client, deps.retry);
  let started = false;

  return {
    requestHandler:
      receiver instanceof ExpressReceiver ? withBoundedBody(receiver.router, BODY_LIMIT_BYTES) : undefined,
    notifier,
    async start() {
      await identity.learn();
      if (socketMode) {
        // The websocket connects in the background: an unreachable Slack must not hold up or stop the service.
        started = true;
        app.start().catch((err: Error) => {
          log.error({ err: { message: err.message } }, 'slack socket mode could not connect; will keep serving');
        });
      }
    },
    async stop() {
      if (socketMode && started) {
        started = false;
        await app.stop().catch(() => {});
      }
    },
  };
}

/** A request Bolt could not process: logged, and answered 200 so Slack neither shows an error nor retries. */
async function answerListenerError(
  { error, response }: ReceiverProcessEventErrorHandlerArgs,
  log: IntegrationDeps['logger'],
): Promise<boolean> {
  log.warn({ err: { message: error.message, code: (error as { code?: string }).code } }, 'slack request failed');
  if (response.headersSent) return false;
  if ((error as { code?: string }).code === 'slack_bolt_authorization_error') {
    response.writeHead(401);
    response.end();
    return true;
  }
  response.writeHead(200);
  response.end();
  return true;
}
