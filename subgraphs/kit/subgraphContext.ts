import DataLoader from 'dataloader';
import type { Caller } from '../../schema/caller.ts';
import type { ChildGrant, GrantSource } from './grants.ts';

/** The context of one request at a subgraph: the verified caller, the partner, fresh loaders. */
export interface SubgraphContext<Partner = unknown, Loaders = unknown> {
  caller: Caller;
  /** The gateway's grants-only context, forwarded when this subgraph asks the casus subgraph. */
  grantsToken: string | null;
  /** The gateway's involvement-only context, forwarded when casus asks the caller's system of record. */
  involvementToken: string | null;
  partner: Partner;
  loaders: Loaders;
  /** Per-child grants of the caller, batched per request. */
  grants: DataLoader<string, ChildGrant>;
}

export function grantLoader(source: GrantSource, caller: Caller, grantsToken: string | null): DataLoader<string, ChildGrant> {
  return new DataLoader(async (childIds) => {
    const grants = await source.grantsFor(childIds, caller, grantsToken);
    const byChild = new Map(grants.map((grant) => [grant.childId, grant]));
    return childIds.map((id) => byChild.get(id) ?? { childId: id, caseParticipant: false, casePhase: null, consent: false });
  });
}
