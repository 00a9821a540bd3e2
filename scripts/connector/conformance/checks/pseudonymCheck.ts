import { ROLE_ORGANISATION_TYPES } from '../../../../schema/roleOrganisations.ts';
import { PSEUDONYM_TEST_VECTOR, pseudonymFor } from '../../../../subgraphs/kit/pseudonym.ts';
import { fail, notYet, pass, releasesNothing, type Check } from '../check.ts';
import { involvementOf } from '../target.ts';

const PAGE = 1000;

/**
 * The derivation matches the covenant's test vector, and the running subgraph recognises the
 * pseudonyms derived that way from the BSNs its partner listed (through the recording proxy): it
 * answers `POST /involvement` true for their holder. What it recognises is what later checks use.
 */
export const pseudonymCheck: Check = async (state) => {
  const vector = PSEUDONYM_TEST_VECTOR;
  if (pseudonymFor(vector.bsn, vector.key) !== vector.pseudonym) return fail('pseudonym', 'the reference derivation does not give the test vector');
  const facts = state.facts;
  if (!facts) return fail('pseudonym', 'no schema facts (the sdl check failed)');
  if (releasesNothing(state)) return notYet('pseudonym', 'test vector holds; no rule names a holder of records yet (default deny)');
  const bsns = [...state.target.proxy.bsns];
  if (bsns.length === 0) return fail('pseudonym', 'the partner listed no BSN through the proxy: start the subgraph with its partner URL on the proxy');
  const pseudonyms = bsns.map((bsn) => pseudonymFor(bsn, state.target.pseudonymKey));
  for (const organisation of facts.holderOrganisations) {
    const role = facts.holderRoles.find((r) => ROLE_ORGANISATION_TYPES[r].includes(organisation.type));
    if (!role) continue;
    for (let from = 0; from < pseudonyms.length; from += PAGE) {
      const page = pseudonyms.slice(from, from + PAGE);
      const answers = await involvementOf(state.target, { role, organisation: organisation.id }, page);
      if (!answers) return fail('pseudonym', `POST /involvement did not answer for ${organisation.id}`);
      answers.forEach((involved, i) => involved && state.held.set(page[i] ?? '', organisation.id));
    }
  }
  const share = state.held.size / pseudonyms.length;
  const summary = `test vector holds; ${state.held.size} of ${pseudonyms.length} partner identities derive to pseudonyms the subgraph holds`;
  // Some BSNs a partner answers are not its children's (a reporter's, a parent's): most must match.
  return state.held.size > 0 && share >= 0.5 ? pass('pseudonym', summary) : fail('pseudonym', summary);
};
