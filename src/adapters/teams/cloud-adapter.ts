// botbuilder's CloudAdapter from the configuration. An empty MicrosoftAppId is the emulator/local mode: botbuilder
// then skips inbound JWT validation and sends replies without a token (facts/bots.md A1); the service refuses that
// mode in production. With an app id, every inbound request must carry a valid Bot Framework token.
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Config } from '../../config.js';
import type { Logger } from '../../observability/logger.js';

export function createCloudAdapter(teams: Config['teams'], logger: Logger): CloudAdapter {
  const settings: Record<string, string> = {};
  if (teams.appId) settings.MicrosoftAppId = teams.appId;
  if (teams.appPassword) settings.MicrosoftAppPassword = teams.appPassword;
  if (teams.appType) settings.MicrosoftAppType = teams.appType;
  if (teams.tenantId) settings.MicrosoftAppTenantId = teams.tenantId;
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(settings));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error(
      { err: { message: error.message, name: error.name }, activityType: context.activity.type },
      'teams turn failed',
    );
    if (context.activity.type === 'message') {
      await context
        .sendActivity('Sorry, something went wrong on my side. Please try again in a moment.')
        .catch(() => {});
    }
  };
  return adapter;
}
