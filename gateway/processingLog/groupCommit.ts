/**
 * Group commit: appends that arrive while a commit is under way wait for the next one and go
 * together, so concurrent requests share one fsync (file) or one round trip (Redis). There is no
 * timer: a lone append commits at once, and the group is whatever queued meanwhile. Each caller
 * gets only its own results, and only after the commit that holds them has succeeded; when a
 * commit fails, every caller in it is rejected (and so releases nothing).
 */
export class GroupCommit<Item, Result> {
  private waiting: { items: readonly Item[]; resolve: (results: Result[]) => void; reject: (error: unknown) => void }[] = [];
  private flushing: Promise<void> | null = null;

  /**
   * @param commit makes a group durable and returns one result per item, in order.
   * @param maxItems a group takes callers until it holds this many items (one larger caller goes alone). Default 2000.
   */
  constructor(
    private readonly commit: (items: Item[]) => Promise<Result[]>,
    private readonly maxItems = 2000,
  ) {}

  add(items: readonly Item[]): Promise<Result[]> {
    if (items.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.waiting.push({ items, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  /** Resolves when nothing is waiting or being committed. */
  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    // One tick, so appends made in the same turn of the event loop (one response's answers) join.
    await Promise.resolve();
    while (this.waiting.length > 0) {
      const group = [];
      let size = 0;
      while (this.waiting.length > 0 && (group.length === 0 || size + this.waiting[0]!.items.length <= this.maxItems)) {
        const next = this.waiting.shift()!;
        group.push(next);
        size += next.items.length;
      }
      try {
        const results = await this.commit(group.flatMap((caller) => caller.items));
        let offset = 0;
        for (const caller of group) {
          caller.resolve(results.slice(offset, offset + caller.items.length));
          offset += caller.items.length;
        }
      } catch (error) {
        for (const caller of group) caller.reject(error);
      }
    }
    // Cleared in the same step as the last check, so no append can find a flush that is ending.
    this.flushing = null;
  }
}
