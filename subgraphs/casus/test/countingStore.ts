import type { ChildFile, ProfessionalRecord } from '../records.ts';
import type { CasusStore, ChildChange } from '../store/casusStore.ts';

/** Wraps a store and records every batch read of files, so tests can prove batching. */
export class CountingStore implements CasusStore {
  readonly fileReads: string[][] = [];

  constructor(private readonly inner: CasusStore) {}

  readChildren(childIds: readonly string[]): Promise<(ChildFile | null)[]> {
    this.fileReads.push([...childIds]);
    return this.inner.readChildren(childIds);
  }
  updateChild<R>(childId: string, change: (file: ChildFile) => ChildChange<R>): Promise<R> {
    return this.inner.updateChild(childId, change);
  }
  childOf(entityId: string): Promise<string | null> {
    return this.inner.childOf(entityId);
  }
  childrenOfOrganisation(organisationId: string): Promise<string[]> {
    return this.inner.childrenOfOrganisation(organisationId);
  }
  matchedChildren(): Promise<string[]> {
    return this.inner.matchedChildren();
  }
  scanChildren(batchSize: number): AsyncIterable<ChildFile[]> {
    return this.inner.scanChildren(batchSize);
  }
  dueForRetention(now: Date): Promise<string[]> {
    return this.inner.dueForRetention(now);
  }
  professionals(ids: readonly string[]): Promise<(ProfessionalRecord | null)[]> {
    return this.inner.professionals(ids);
  }
  health(): Promise<void> {
    return this.inner.health();
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}
