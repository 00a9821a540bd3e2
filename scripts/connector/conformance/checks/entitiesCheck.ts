import { ROLE_ORGANISATION_TYPES } from '../../../../schema/roleOrganisations.ts';
import { fail, pass, releasesNothing, type Check } from '../check.ts';
import { queryAs } from '../target.ts';

const empty = (value: unknown) => value === null || (Array.isArray(value) && value.length === 0);

/**
 * `_entities` answers `null` for a key that is no pseudonym and for an organisation outside the
 * covenant, and for a well-formed pseudonym the partner does not know it invents nothing: every
 * field is null or empty, even for the role that would see its own records.
 */
export const entitiesCheck: Check = async (state) => {
  const facts = state.facts;
  const organisation = facts?.holderOrganisations[0];
  const role = organisation && facts.holderRoles.find((r) => ROLE_ORGANISATION_TYPES[r].includes(organisation.type));
  if (!facts || (!(organisation && role) && !releasesNothing(state))) return fail('entities', 'no holder role in the schema to ask as');
  const caller = organisation && role ? { role, organisation: organisation.id, purpose: 'CASE_DISCUSSION' as const } : { role: 'CASE_DIRECTOR' as const, organisation: 'gemeente-demo', purpose: 'CASE_DISCUSSION' as const };
  const unknown = 'ch_AAAAAAAAAAAAAAAAAAAAAAAAAAA';
  const keys = ['{ __typename: "Child", id: "900000107" }', '{ __typename: "Child", id: "ch_short" }', ...(facts.hasOrganisation ? ['{ __typename: "Organisation", id: "no-such-organisation" }'] : [])];
  const malformed = await queryAs(state.target, caller, `{ _entities(representations: [${keys.join(', ')}]) { __typename } }`);
  if (JSON.stringify(malformed.body.data?._entities) !== JSON.stringify(keys.map(() => null))) return fail('entities', `a malformed or unknown key resolved to ${JSON.stringify(malformed.body.data?._entities ?? malformed.body.errors?.[0]?.message)}`);
  const selection = facts.childFields.map((f) => f.selection).join(' ');
  const answer = await queryAs(state.target, caller, `{ _entities(representations: [{ __typename: "Child", id: "${unknown}" }]) { ... on Child { id ${selection} } } }`);
  const child = answer.body.data?._entities?.[0] as Record<string, unknown> | null | undefined;
  if (!child) return fail('entities', 'a well-formed pseudonym did not resolve to a Child reference');
  const invented = facts.childFields.map((f) => f.name).filter((name) => !empty(child[name]));
  if (invented.length > 0) return fail('entities', `a child the partner does not know got values: ${invented.join(', ')}`);
  return pass('entities', `null for ${keys.length} malformed or unknown keys; nothing invented for an unknown child`);
};
