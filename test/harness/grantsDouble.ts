import type { Caller } from '../../schema/caller.ts';
import type { ChildGrant, GrantSource } from '../../subgraphs/kit/grants.ts';

/**
 * Per-child grants set by a subgraph-level test, standing in for the casus subgraph. Keyed by
 * organisation and child; counts calls so tests can prove batching.
 */
export class GrantsDouble implements GrantSource {
  readonly calls: string[][] = [];
  private grants = new Map<string, Omit<ChildGrant, 'childId'>>();

  set(organisation: string, childId: string, grant: Partial<Omit<ChildGrant, 'childId'>>): void {
    this.grants.set(`${organisation}|${childId}`, { caseParticipant: false, casePhase: null, consent: false, ...grant });
  }

  async grantsFor(childIds: readonly string[], caller: Caller): Promise<ChildGrant[]> {
    this.calls.push([...childIds]);
    return childIds.map((childId) => ({
      childId,
      ...(this.grants.get(`${caller.organisation}|${childId}`) ?? { caseParticipant: false, casePhase: null, consent: false }),
    }));
  }
}
