/**
 * A small least-recently-used cache. An adapter asks several routes for the same batch of children
 * in a row (absence, support, tests, ...), so the last few hundred children's records are worth
 * keeping; all of them are not (the GGD's are tens of kilobytes a child).
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  /** The cached value, or the one `make` returns (then cached). */
  get(key: K, make: (key: K) => V): V {
    if (this.entries.has(key)) {
      const value = this.entries.get(key) as V;
      // Map keeps insertion order: re-inserting marks the entry as most recently used.
      this.entries.delete(key);
      this.entries.set(key, value);
      return value;
    }
    const value = make(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
