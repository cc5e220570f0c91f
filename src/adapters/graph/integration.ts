// Placeholder: the Microsoft Graph watcher is being written; see the Graph issue.
import type { GraphIntegration, GraphIntegrationDeps } from '../../integrations.js';

export async function createGraphIntegration(_deps: GraphIntegrationDeps): Promise<GraphIntegration> {
  throw new Error('the Graph integration is not implemented yet');
}
