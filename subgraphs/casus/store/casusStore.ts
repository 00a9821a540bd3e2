import type { ChildFile, ProfessionalRecord } from '../records.ts';

/** What one change to a child's file returns: its result, and professionals to record with it. */
export interface ChildChange<R> {
  result: R;
  /** Stored in the same atomic write as the file, so a failed change records no one. */
  professionals?: readonly ProfessionalRecord[];
}

/**
 * Where the casus subgraph keeps its files: in memory for the demo, or in Redis with `REDIS_URL`.
 * Both pass the same test suite (`store.test.ts`).
 */
export interface CasusStore {
  /** The files of these children, aligned to the ids, `null` where nothing is kept; one round trip. */
  readChildren(childIds: readonly string[]): Promise<(ChildFile | null)[]>;
  /**
   * Changes one child's file atomically. `change` gets a private copy (an empty file when none is
   * kept) and must be synchronous and pure: it may run again when another writer got in between
   * (optimistic concurrency), and when it throws nothing is written. A file left empty is deleted.
   */
  updateChild<R>(childId: string, change: (file: ChildFile) => ChildChange<R>): Promise<R>;
  /** The child a signal, case, consent or handover belongs to. */
  childOf(entityId: string): Promise<string | null>;
  /** Children whose file mentions this organisation (signal, case, consent or handover). */
  childrenOfOrganisation(organisationId: string): Promise<string[]>;
  /** Children with open signals from two or more organisations (as last written). */
  matchedChildren(): Promise<string[]>;
  /**
   * Every child's file, in batches of at most `batchSize`, each batch one round trip: for counts
   * over the whole covenant (trend figures). Not a snapshot: a file changed during the pass may be
   * read before or after the change, but no file is yielded twice.
   */
  scanChildren(batchSize: number): AsyncIterable<ChildFile[]>;
  /** Children whose next retention step is due at or before `now`. */
  dueForRetention(now: Date): Promise<string[]>;
  professionals(ids: readonly string[]): Promise<(ProfessionalRecord | null)[]>;
  /** Resolves when the store answers; throws otherwise. */
  health(): Promise<void>;
  close(): Promise<void>;
}

/** How often a store retries a change whose file another writer changed meanwhile. */
export const MAX_CHANGE_ATTEMPTS = 50;
