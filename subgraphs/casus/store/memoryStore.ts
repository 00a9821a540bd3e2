import { emptyFile, isEmptyFile, type ChildFile, type ProfessionalRecord } from '../records.ts';
import type { CasusStore, ChildChange } from './casusStore.ts';
import { diffIndex, indexOf } from './fileIndex.ts';

/**
 * The demo store: files kept as JSON text, as Redis keeps them, so a change always works on a
 * private copy and a throwing change leaves nothing behind. A change runs without awaiting, so in
 * one process it is atomic by construction. Lost on restart: use Redis for anything real.
 */
export class MemoryCasusStore implements CasusStore {
  private files = new Map<string, string>();
  private refs = new Map<string, string>();
  private byOrganisation = new Map<string, Set<string>>();
  private matches = new Set<string>();
  private retention = new Map<string, number>();
  private people = new Map<string, ProfessionalRecord>();

  async readChildren(childIds: readonly string[]): Promise<(ChildFile | null)[]> {
    return childIds.map((id) => this.read(id));
  }

  async updateChild<R>(childId: string, change: (file: ChildFile) => ChildChange<R>): Promise<R> {
    const before = this.read(childId);
    const draft = before ? structuredClone(before) : emptyFile(childId);
    const { result, professionals = [] } = change(draft);
    const after = isEmptyFile(draft) ? null : draft;
    const diff = diffIndex(indexOf(before), indexOf(after));
    if (after) this.files.set(childId, JSON.stringify(after));
    else this.files.delete(childId);
    for (const ref of diff.addRefs) this.refs.set(ref, childId);
    for (const ref of diff.removeRefs) this.refs.delete(ref);
    for (const org of diff.addOrganisations) this.organisation(org).add(childId);
    for (const org of diff.removeOrganisations) this.organisation(org).delete(childId);
    if (diff.matched) this.matches.add(childId);
    else this.matches.delete(childId);
    if (diff.retentionDue === null) this.retention.delete(childId);
    else this.retention.set(childId, diff.retentionDue);
    for (const person of professionals) this.people.set(person.id, { ...person });
    return result;
  }

  async childOf(entityId: string): Promise<string | null> {
    return this.refs.get(entityId) ?? null;
  }

  async childrenOfOrganisation(organisationId: string): Promise<string[]> {
    return [...(this.byOrganisation.get(organisationId) ?? [])];
  }

  async matchedChildren(): Promise<string[]> {
    return [...this.matches];
  }

  async *scanChildren(batchSize: number): AsyncIterable<ChildFile[]> {
    // The ids are taken first, as SCAN would: a file added during the pass may be missed.
    const ids = [...this.files.keys()];
    for (let at = 0; at < ids.length; at += batchSize) {
      yield ids.slice(at, at + batchSize).flatMap((id) => this.read(id) ?? []);
    }
  }

  async dueForRetention(now: Date): Promise<string[]> {
    return [...this.retention].filter(([, due]) => due <= now.getTime()).map(([childId]) => childId);
  }

  async professionals(ids: readonly string[]): Promise<(ProfessionalRecord | null)[]> {
    return ids.map((id) => {
      const person = this.people.get(id);
      return person ? { ...person } : null;
    });
  }

  async health(): Promise<void> {}

  async close(): Promise<void> {}

  private read(childId: string): ChildFile | null {
    const raw = this.files.get(childId);
    return raw === undefined ? null : (JSON.parse(raw) as ChildFile);
  }

  private organisation(id: string): Set<string> {
    let children = this.byOrganisation.get(id);
    if (!children) this.byOrganisation.set(id, (children = new Set()));
    return children;
  }
}
