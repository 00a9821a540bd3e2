import DataLoader from 'dataloader';

/**
 * A per-request loader over one partner call that fetches many keys at once. The batch function
 * returns a map; keys it lacks resolve to `null`, and a failed partner call rejects every key
 * with the same tagged error.
 */
export function batchLoader<K, V>(fetchMany: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    try {
      const found = await fetchMany(keys);
      return keys.map((key) => found.get(key) ?? null);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      return keys.map(() => failure);
    }
  });
}

/** Groups a list of records by a key, for loaders whose value is a list (absences per pupil). */
export function groupBy<K, V>(items: readonly V[], keyOf: (item: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** A loader of at most one record per key: one batch call, each record matched back by `keyOf`. */
export const oneEachLoader = <K, V>(fetchMany: (keys: readonly K[]) => Promise<readonly V[]>, keyOf: (item: V) => K): DataLoader<K, V | null> =>
  batchLoader(async (keys: readonly K[]) => new Map((await fetchMany(keys)).map((item) => [keyOf(item), item])));

/** A loader of a list per key (absences per pupil): one batch call, records grouped by `keyOf`. */
export const listEachLoader = <K, V>(fetchMany: (keys: readonly K[]) => Promise<readonly V[]>, keyOf: (item: V) => K): DataLoader<K, V[] | null> =>
  batchLoader(async (keys: readonly K[]) => groupBy(await fetchMany(keys), keyOf));
