// Who the watched user is (Graph id, mail, UPN: cached directory look-ups) and whether they organise an event.
import type { GraphEventFacts } from '../../domain/invite/index.js';
import type { CalendarPort, DirectoryUser } from '../calendar.js';

const TTL_MS = 3_600_000;

export class DirectoryCache {
  private readonly entries = new Map<string, { user: DirectoryUser | undefined; at: number }>();

  constructor(
    private readonly calendar: CalendarPort,
    private readonly now: () => number,
  ) {}

  /** The directory user; undefined when Graph does not know them or forbids the look-up. */
  async user(userIdOrUpn: string): Promise<DirectoryUser | undefined> {
    const cached = this.entries.get(userIdOrUpn);
    if (cached && this.now() - cached.at < TTL_MS) return cached.user;
    const found = await this.calendar.getUser(userIdOrUpn);
    const user = found.status === 'found' ? found.value : undefined;
    this.entries.set(userIdOrUpn, { user, at: this.now() });
    return user;
  }
}

const same = (a: string | undefined, b: string | undefined): boolean =>
  Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase());

/** The watched user organises the event: Graph says so, or the organiser address is theirs. */
export function isOrganiser(raw: unknown, facts: GraphEventFacts, user: DirectoryUser | undefined, userKey: string) {
  if ((raw as { isOrganizer?: unknown }).isOrganizer === true) return true;
  const address = facts.organizer;
  return same(address, user?.mail) || same(address, user?.userPrincipalName) || same(address, userKey);
}
