// Placeholder: the Slack app (Bolt) is being written; see the Slack issue.
import type { IntegrationDeps, SlackIntegration } from '../../integrations.js';

export async function createSlackIntegration(_deps: IntegrationDeps): Promise<SlackIntegration> {
  throw new Error('the Slack integration is not implemented yet');
}
