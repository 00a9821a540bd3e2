import { covenantOrganisations } from '../../../../schema/covenant.ts';
import { isPseudonym } from '../../../../subgraphs/kit/pseudonym.ts';
import { fail, pass, type Check } from '../check.ts';
import { passesElfproef } from '../recordingProxy.ts';

const mask = (value: string) => `${value.slice(0, 2)}…${value.slice(-2)}`;

/** No answer the suite saw carries a BSN (nine digits passing the elfproef) or a local identifier the partner answered with. */
export const leakCheck: Check = async (state) => {
  const text = state.target.transcript.join('\n');
  const bsns = [...new Set([...text.matchAll(/(?<!\d)\d{9}(?!\d)/g)].map((m) => m[0]).filter(passesElfproef))];
  const organisations = new Set(covenantOrganisations().map((org) => org.id));
  const sdl = state.facts?.sdl ?? '';
  const local = [...state.target.proxy.localIds].filter((id) => id.length >= 6 && !organisations.has(id) && !isPseudonym(id) && !sdl.includes(id) && !/^\d{4}-\d{2}-\d{2}/.test(id) && text.includes(id));
  if (bsns.length > 0) return fail('no-bsn-no-local-id', `BSN-like numbers in answers: ${bsns.map(mask).join(', ')}`);
  if (local.length > 0) return fail('no-bsn-no-local-id', `the partner's local identifiers in answers: ${local.slice(0, 5).map(mask).join(', ')}`);
  return pass('no-bsn-no-local-id', `${state.target.transcript.length} answers: no BSN, none of ${state.target.proxy.localIds.size} local identifiers`);
};
