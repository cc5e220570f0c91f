// `hygiene audit --graph`: reads the monitored users' calendars over a window through Graph calendarView
// (occurrences of series expanded by Graph), with the same app-only credentials as the watcher.
import type { AuditEventSource } from '../../app/audit/graph-source.js';
import type { Config } from '../../config.js';
import { EVENT_SELECT, GraphCalendar } from './graph-calendar.js';
import { createGraphClient } from './graph-client.js';
import { listGroupUsers } from './monitored-users.js';
import { createMsalTokenProvider } from './msal-token-provider.js';

type Page = { value?: unknown[]; '@odata.nextLink'?: string };

export function createAuditEventSource(config: Config): AuditEventSource {
  const { tenantId, clientId, clientSecret } = config.graph;
  if (!tenantId || !clientId || !clientSecret)
    throw new Error('GRAPH_TENANT_ID, GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET are required');
  const tokens = createMsalTokenProvider({
    tenantId,
    clientId,
    clientSecret,
    authorityHost: config.graph.authorityHost,
  });
  const client = createGraphClient({ baseUrl: config.graph.baseUrl, authProvider: tokens });
  const calendar = new GraphCalendar(client);
  return {
    async listEvents(userId, start, end) {
      const events: unknown[] = [];
      let page: Page = await client
        .api(`/users/${encodeURIComponent(userId)}/calendarView`)
        .query({
          startDateTime: start.toISOString(),
          endDateTime: end.toISOString(),
          $select: EVENT_SELECT,
          $top: '50',
        })
        // Times in UTC, so the report reads them without time-zone tables (the port's contract).
        .header('Prefer', 'outlook.timezone="UTC"')
        .get();
      for (;;) {
        events.push(...(page.value ?? []));
        const next = page['@odata.nextLink'];
        if (!next) return events;
        page = await client.api(next).header('Prefer', 'outlook.timezone="UTC"').get();
      }
    },
    async monitoredUsers() {
      const ids = new Set<string>();
      for (const user of config.graph.monitoredUsers) {
        const found = await calendar.getUser(user);
        if (found.status === 'found') ids.add(found.value.id);
        else throw new Error(`monitored user ${user} was not found in the directory`);
      }
      if (config.graph.monitoredGroupId)
        for (const u of await listGroupUsers(client, config.graph.monitoredGroupId)) ids.add(u.id);
      return [...ids];
    },
  };
}
