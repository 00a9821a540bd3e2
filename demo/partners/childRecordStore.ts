import { lazyList, type ListView } from './listView.ts';
import { LruCache } from './lruCache.ts';

/**
 * How a demo partner system makes its data of one child of the synthetic population, both
 * deterministic in the child's index. `records` replays the draws of `identity` and goes on from
 * there, so the two always agree.
 */
export interface ChildSource<I, R> {
  /** The child's entry in the system's identity list, or null when the system holds nothing of the child. */
  identity(index: number): I | null;
  /** Every record the system holds of the child, or null when it holds nothing. */
  records(index: number): R | null;
}

export interface ChildRecordStoreOptions<I, R> {
  /** Children in the population (`DEMO_CHILDREN`). */
  count: number;
  source: ChildSource<I, R>;
  /** The population index a local id would name, or null when it is not of this system's form. */
  indexOf(localId: string): number | null;
  /** The local id of a child's records (checked against the asked id, so only the exact form matches). */
  localIdOf(records: R): string;
  /** How many children's records are kept once made. Default 1024. */
  cacheSize?: number;
}

/**
 * A demo partner system's data without holding it: only the population indexes of the children it
 * holds, 4 bytes each in its list order. Identities and records are made by the generator when a
 * request asks for them, the same bytes as the full data, so a million children fit in a few MB
 * where the GGD's records alone took tens of GB.
 */
export class ChildRecordStore<I, R> {
  /** The identity list, in population order as the generators list it. */
  readonly identities: ListView<I>;
  private readonly held: Int32Array;
  private readonly cache: LruCache<number, R | null>;

  constructor(private readonly options: ChildRecordStoreOptions<I, R>) {
    let held = new Int32Array(1024);
    let size = 0;
    for (let index = 0; index < options.count; index++) {
      if (options.source.identity(index) === null) continue;
      if (size === held.length) {
        const grown = new Int32Array(held.length * 2);
        grown.set(held);
        held = grown;
      }
      held[size++] = index;
    }
    this.held = held.slice(0, size);
    this.cache = new LruCache(options.cacheSize ?? 1024);
    this.identities = lazyList(size, (position) => {
      const identity = options.source.identity(this.held[position] ?? -1);
      if (identity === null) throw new Error('a held child has no identity: the generator is not deterministic');
      return identity;
    });
  }

  /** The records of the child with this local id, or null when the system holds none. */
  recordsOf(localId: string): R | null {
    const index = this.options.indexOf(localId);
    if (index === null || !this.holds(index)) return null;
    const records = this.cache.get(index, (i) => this.options.source.records(i));
    return records !== null && this.options.localIdOf(records) === localId ? records : null;
  }

  /** What `pick` takes from each id's records, in the order asked and flattened; unknown ids add nothing (a batch route). */
  collect<T>(localIds: readonly string[], pick: (records: R) => T | T[] | null): T[] {
    return localIds.flatMap((localId) => {
      const records = this.recordsOf(localId);
      return (records && pick(records)) ?? [];
    });
  }

  /** Whether the system holds child `index`: a binary search, since the indexes are ascending. */
  private holds(index: number): boolean {
    if (!Number.isSafeInteger(index)) return false;
    let low = 0;
    let high = this.held.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = this.held[middle] as number;
      if (value === index) return true;
      if (value < index) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}

/** The index in a local id of the form `prefix` + digits of `offset + index * step`, or null. */
export function indexFromNumber(localId: string, prefix: string, offset: number, step: number): number | null {
  if (!localId.startsWith(prefix)) return null;
  const digits = localId.slice(prefix.length);
  if (!/^\d+$/.test(digits)) return null;
  const scaled = Number(digits) - offset;
  return scaled >= 0 && scaled % step === 0 ? scaled / step : null;
}
