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

/** The organiser of the tests' meetings, as Graph knows her. */
export const ALICE = {
  id: '0a11ce00-0000-4000-8000-0000000000a1',
  userPrincipalName: 'alice@contoso.example',
  mail: 'alice@contoso.example',
  displayName: 'Alice Example',
};
export const TEAMS_JOIN =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmFrZQ%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d';
export const TEAMS_PASSCODE = 'r5XGga';

/** A Teams meeting Alice organises in three days, as Graph returns it: Teams' invite block, optionally a guest. */
export function teamsEvent(id: string, options: { passcode?: boolean; guests?: boolean; subject?: string } = {}) {
  const { passcode = true, guests = true, subject = 'Partner review' } = options;
  return {
    id,
    subject,
    body: {
      contentType: 'html',
      content: `<html><body><p>Agenda: contracts.</p><div><a href="${TEAMS_JOIN}">Join the meeting now</a></div><div>Meeting ID: 352 626 921 425</div>${passcode ? `<div>Passcode: ${TEAMS_PASSCODE}</div>` : ''}</body></html>`,
    },
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    onlineMeeting: { joinUrl: TEAMS_JOIN },
    organizer: { emailAddress: { name: 'Alice', address: ALICE.mail } },
    attendees: [
      { type: 'required', emailAddress: { address: 'bob@contoso.example' } },
      ...(guests ? [{ type: 'required', emailAddress: { address: 'guest@fabrikam.example' } }] : []),
    ],
    sensitivity: 'normal',
    isOrganizer: true,
    isCancelled: false,
    type: 'singleInstance',
    start: graphTime(new Date(Date.now() + 3 * DAY)),
    end: graphTime(new Date(Date.now() + 3 * DAY + 3_600_000)),
    webLink: 'https://outlook.office365.com/owa/?itemid=x',
  };
}

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
