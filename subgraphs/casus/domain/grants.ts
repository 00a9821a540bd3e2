import type { Caller } from '../../../schema/caller.ts';
import type { ChildGrant, GrantSource } from '../../kit/grants.ts';
import { isPseudonym } from '../../kit/pseudonym.ts';
import type { ChildFile } from '../records.ts';
import type { CasusStore } from '../store/casusStore.ts';
import { openCaseOf, takesPart } from './caseAccess.ts';
import { hasValidConsent } from './consent.ts';

const NOTHING = { caseParticipant: false, casePhase: null, consent: false } as const;

/**
 * The per-child facts the casus subgraph owns, for one caller: does the caller's organisation take
 * part in the child's open case, at which AVE phase is it, and is there a valid consent for the
 * request's purpose and the caller's organisation. A closed case and a withdrawn consent count
 * for nothing from the moment they are written.
 */
export function grantFor(childId: string, file: ChildFile | null, caller: Caller, now: Date): ChildGrant {
  if (!file) return { childId, ...NOTHING };
  const open = openCaseOf(file);
  const participant = open !== null && takesPart(open, caller.organisation);
  return {
    childId,
    caseParticipant: participant,
    // The phase is a fact of the case: only its participants learn it, even inside the hub.
    casePhase: open !== null && participant ? open.phase : null,
    consent: hasValidConsent(file, caller.purpose, caller.organisation, now),
  };
}

/** Grants for many children with one store read; malformed ids get no grant rather than an error. */
export async function grantsFor(store: CasusStore, childIds: readonly string[], caller: Caller, now: Date): Promise<ChildGrant[]> {
  const wellFormed = [...new Set(childIds.filter(isPseudonym))];
  const files = await store.readChildren(wellFormed);
  const byChild = new Map(wellFormed.map((id, i) => [id, files[i] ?? null]));
  return childIds.map((id) => grantFor(id, byChild.get(id) ?? null, caller, now));
}

/** The casus subgraph's own guard asks its store directly, not itself over HTTP. */
export class StoreGrantSource implements GrantSource {
  constructor(
    private readonly store: CasusStore,
    private readonly now: () => Date,
  ) {}

  grantsFor(childIds: readonly string[], caller: Caller): Promise<ChildGrant[]> {
    return grantsFor(this.store, childIds, caller, this.now());
  }
}
