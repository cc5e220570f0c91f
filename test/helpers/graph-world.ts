// A whole Microsoft 365 + chat world for end-to-end tests: fake authority and Graph (https), an https front for the
// service (as an ingress), a fake Bot Connector and a fake Slack API, and the env that points the service at them.
import { createServer } from 'node:net';
import '../../src/adapters/graph/graph-tables.js';
import { type FakeAuthority, startFakeAuthority } from '../fakes/authority.js';
import { type FakeConnector, startFakeConnector } from '../fakes/bot-connector.js';
import { type FakeGraph, startFakeGraph } from '../fakes/graph.js';
import { type FakeSlackApi, startFakeSlackApi } from '../fakes/slack-api.js';
import { startTlsTunnel, type TlsTunnel } from './tls.js';

export const DAY = 86_400_000;

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

export const graphTime = (d: Date) => ({ dateTime: d.toISOString().replace('Z', '0000'), timeZone: 'UTC' });

export interface World {
  authority: FakeAuthority;
  graph: FakeGraph;
  tunnel: TlsTunnel;
  connector: FakeConnector;
  slack: FakeSlackApi;
  port: number;
  /** The environment for a service in this world (plus what the test adds). */
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startWorld(options: { monitoredUsers: string[]; slack?: boolean }): Promise<World> {
  const authority = await startFakeAuthority();
  const graph = await startFakeGraph({ isValidToken: authority.isValidToken });
  const tunnel = await startTlsTunnel();
  const connector = await startFakeConnector();
  const slack = await startFakeSlackApi();
  // The service's port is fixed up front so the https front can forward the handshake during start-up.
  const port = await freePort();
  tunnel.setTarget(`http://127.0.0.1:${port}`);
  const env: Record<string, string> = {
    PORT: String(port),
    GRAPH_TENANT_ID: authority.tenantId,
    GRAPH_CLIENT_ID: authority.clientId,
    GRAPH_CLIENT_SECRET: authority.clientSecret,
    GRAPH_BASE_URL: graph.url,
    AZURE_AUTHORITY_HOST: authority.url,
    GRAPH_NOTIFICATION_URL: tunnel.url,
    GRAPH_MONITORED_USERS: options.monitoredUsers.join(','),
  };
  if (options.slack !== false) {
    Object.assign(env, {
      SLACK_BOT_TOKEN: 'xoxb-world-token-1',
      SLACK_SIGNING_SECRET: 'world-signing-secret-1',
      SLACK_API_URL: slack.apiUrl,
    });
  }
  return {
    authority,
    graph,
    tunnel,
    connector,
    slack,
    port,
    env,
    async close() {
      await tunnel.close();
      await graph.close();
      await authority.close();
      await connector.close();
      await slack.close();
    },
  };
}
