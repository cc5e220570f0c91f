// A named lease in the store: at most one replica holds it at a time, and it lapses if the holder dies.
// Acquire and renew are one conditional write each, so they work the same on SQLite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../../app/ports.js';
import type { Database } from './schema.js';

declare module './schema.js' {
  interface Database {
    leases: { name: string; owner: string; expires_at: string };
  }
}

export class Lease {
  readonly owner = randomUUID();

  constructor(
    private readonly db: Kysely<Database>,
    readonly name: string,
    private readonly ttlMs: number,
    private readonly clock: Clock,
  ) {}

  /** Takes the lease, or renews it when this replica holds it. True when this replica holds it afterwards. */
  async tryAcquire(): Promise<boolean> {
    const now = this.clock.now();
    const expires = new Date(now.getTime() + this.ttlMs).toISOString();
    const taken = await this.db
      .updateTable('leases')
      .set({ owner: this.owner, expires_at: expires })
      .where('name', '=', this.name)
      .where((eb) => eb.or([eb('owner', '=', this.owner), eb('expires_at', '<', now.toISOString())]))
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) === 1) return true;
    const inserted = await this.db
      .insertInto('leases')
      .values({ name: this.name, owner: this.owner, expires_at: expires })
      .onConflict((oc) => oc.column('name').doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  /** Gives the lease up (clean shutdown), so another replica takes over at once. */
  async release(): Promise<void> {
    await this.db.deleteFrom('leases').where('name', '=', this.name).where('owner', '=', this.owner).execute();
  }
}
