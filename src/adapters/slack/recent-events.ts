// Slack redelivers an event it thinks failed (X-Slack-Retry-Num, up to three times). Bolt does not drop retries
// (facts/bots.md B2), so event ids seen recently are remembered here. Bounded in size; oldest forgotten first.

export class RecentEvents {
  private readonly seen = new Set<string>();

  constructor(private readonly capacity = 2000) {}

  /** True the first time an id is offered, false for a repeat. An absent id is always new. */
  firstSighting(id: string | undefined): boolean {
    if (!id) return true;
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }
}
