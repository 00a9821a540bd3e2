import type DataLoader from 'dataloader';
import { covenantOrganisations } from '../../schema/covenant.ts';
import { ErrorCode, hubError } from '../../schema/errors.ts';
import type { ChildScoped } from './privacyGuard.ts';
import { isPseudonym } from './pseudonym.ts';
import type { PseudonymIndex } from './pseudonymIndex.ts';

/**
 * Loads what a partner holds for a child: the pseudonym is looked up in the index, the record
 * fetched through the request's loader, and stamped with the child and the holding organisation
 * so nested protected fields can be decided too. `null` when the partner holds nothing.
 */
export async function loadForChild<T extends object>(
  index: PseudonymIndex,
  childId: string,
  loader: DataLoader<string, T | null>,
): Promise<(T & ChildScoped) | null> {
  const indexed = await index.lookup(childId);
  if (!indexed) return null;
  const record = await loader.load(indexed.localId);
  return record && { ...record, childId, holderOrganisationId: indexed.holderOrganisationId };
}

/**
 * As `loadForChild`, for a list per child (absences, contacts). A child the partner does not know
 * gets an empty list, like a known child without records: `null` against `[]` would tell a caller
 * who may see only part of a partner's data (truancy referrals, say) that the partner knows the child.
 */
export async function loadListForChild<T extends object>(
  index: PseudonymIndex,
  childId: string,
  loader: DataLoader<string, T[] | null>,
): Promise<(T & ChildScoped)[]> {
  const indexed = await index.lookup(childId);
  if (!indexed) return [];
  const records = (await loader.load(indexed.localId)) ?? [];
  return records.map((record) => ({ ...record, childId, holderOrganisationId: indexed.holderOrganisationId }));
}

/**
 * `__resolveReference` for `Child`: every well-formed pseudonym resolves, known to this partner
 * or not. Answering `null` for children the partner does not know would let a caller tell "no
 * record here" (no error) from "record, but not for you" (FORBIDDEN_FIELD): an existence leak.
 */
export const resolveChildReference = (reference: { id: string }) => (isPseudonym(reference.id) ? { id: reference.id } : null);

/** `__resolveReference` for `Organisation`: covenant members only. */
export const resolveOrganisationReference = (reference: { id: string }) =>
  covenantOrganisations().some((org) => org.id === reference.id) ? { id: reference.id } : null;

/** Validates list arguments: `first` 1..500, `offset` >= 0. */
export function pageArguments(first: number | null | undefined, offset: number | null | undefined): { first: number; offset: number } {
  const size = first ?? 100;
  const from = offset ?? 0;
  if (!Number.isInteger(size) || size < 1 || size > 500) throw hubError(ErrorCode.BAD_USER_INPUT, 'first must be a whole number from 1 to 500.');
  if (!Number.isInteger(from) || from < 0) throw hubError(ErrorCode.BAD_USER_INPUT, 'offset must be a whole number, 0 or more.');
  return { first: size, offset: from };
}

/**
 * A page of the children whose record an organisation holds at this partner (a school's pupils,
 * a provider's clients), as `Child` references, from the pseudonym index alone.
 */
export async function childrenHeldBy(
  index: PseudonymIndex,
  organisationId: string,
  { first, offset }: { first?: number | null; offset?: number | null },
): Promise<{ id: string }[]> {
  const page = pageArguments(first, offset);
  const children = await index.childrenOf(organisationId);
  return children.slice(page.offset, page.offset + page.first).map((id) => ({ id }));
}
