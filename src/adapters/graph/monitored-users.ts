// Which mailboxes are watched: GRAPH_MONITORED_USERS (ids or UPNs, resolved to ids) and the transitive user
// members of GRAPH_MONITORED_GROUP_ID. Persisted, so a restart knows them while Graph is unreachable.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Kysely } from 'kysely';
import type { CalendarPort, DirectoryUser } from '../../app/calendar.js';
import type { Clock } from '../../app/ports.js';
import type { Logger } from '../../observability/logger.js';
import type { Database } from '../store/schema.js';
import { USER_SELECT } from './graph-calendar.js';
import './graph-tables.js';

export interface MonitoredUser extends DirectoryUser {
  source: 'list' | 'group';
}

interface Page {
  value?: Record<string, unknown>[];
  '@odata.nextLink'?: string;
}

/** Every user in the group, nested groups included (facts/graph.md §6). */
export async function listGroupUsers(client: Client, groupId: string): Promise<DirectoryUser[]> {
  const users: DirectoryUser[] = [];
  let page: Page = await client
    .api(`/groups/${encodeURIComponent(groupId)}/transitiveMembers/microsoft.graph.user`)
    .query({ $select: USER_SELECT, $count: 'true' })
    // The OData cast is an advanced query: it needs ConsistencyLevel + $count (facts/graph.md §6).
    .header('ConsistencyLevel', 'eventual')
    .get();
  for (;;) {
    for (const u of page.value ?? []) {
      if (typeof u.id === 'string') {
        users.push({
          id: u.id,
          mail: (u.mail as string | null) ?? undefined,
          userPrincipalName: (u.userPrincipalName as string | null) ?? undefined,
          displayName: (u.displayName as string | null) ?? undefined,
        });
      }
    }
    const next = page['@odata.nextLink'];
    if (!next) return users;
    // The header is not carried to the next page by Graph: send it again (facts/graph.md §6 "Paging").
    page = await client.api(next).header('ConsistencyLevel', 'eventual').get();
  }
}

export class MonitoredUsers {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly deps: {
      client: Client;
      calendar: CalendarPort;
      clock: Clock;
      logger: Logger;
      users: string[];
      groupId?: string;
    },
  ) {}

  /** The users stored by the last successful refresh. */
  async stored(): Promise<MonitoredUser[]> {
    const rows = await this.db.selectFrom('graph_users').selectAll().orderBy('user_id').execute();
    return rows.map((r) => ({
      id: r.user_id,
      userPrincipalName: r.upn ?? undefined,
      mail: r.mail ?? undefined,
      displayName: r.display_name ?? undefined,
      source: r.source === 'group' ? 'group' : 'list',
    }));
  }

  /**
   * Resolves the configured users and the group, then replaces the stored set. A source that fails (Graph down)
   * throws and leaves the stored set as it was: a partial answer must not unsubscribe anyone.
   */
  async refresh(): Promise<MonitoredUser[]> {
    const byId = new Map<string, MonitoredUser>();
    for (const idOrUpn of this.deps.users) {
      const found = await this.deps.calendar.getUser(idOrUpn);
      if (found.status === 'found') byId.set(found.value.id, { ...found.value, source: 'list' });
      else this.deps.logger.warn({ user: idOrUpn, status: found.status }, 'monitored user not found in the directory');
    }
    if (this.deps.groupId) {
      for (const u of await listGroupUsers(this.deps.client, this.deps.groupId)) {
        if (!byId.has(u.id)) byId.set(u.id, { ...u, source: 'group' });
      }
    }
    const users = [...byId.values()];
    const now = this.deps.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('graph_users').execute();
      for (let i = 0; i < users.length; i += 200) {
        await trx
          .insertInto('graph_users')
          .values(
            users.slice(i, i + 200).map((u) => ({
              user_id: u.id,
              upn: u.userPrincipalName ?? null,
              mail: u.mail ?? null,
              display_name: u.displayName ?? null,
              source: u.source,
              updated_at: now,
            })),
          )
          .execute();
      }
    });
    return users;
  }
}
