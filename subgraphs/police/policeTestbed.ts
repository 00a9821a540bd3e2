/**
 * Test-only: the police demo system and subgraph started together, with chosen children from the
 * generator's own output so expectations are computed, never hard-coded. Used by the police tests.
 */
import { startPoliceSystem } from '../../demo/partners/police/policeSystem.ts';
import { generatePoliceData } from '../../demo/partners/police/policeData.ts';
import { DEFAULT_SEED } from '../../demo/synthetic/population.ts';
import { DEMO_PSEUDONYM_KEY } from '../kit/config.ts';
import { entity, startSubgraphTestbed, type SubgraphTestbed } from '../../test/harness/subgraphTestbed.ts';
import { pseudonymFor } from '../kit/pseudonym.ts';
import { policeSubgraph } from './policeSubgraph.ts';

export const UNIT = 'politie-basisteam';
const population = { seed: DEFAULT_SEED, count: 1000 };
export const data = generatePoliceData(population);

function pick(what: string, test: (persoonsnummer: string) => boolean) {
  const persoon = data.personen.find((p) => test(p.persoonsnummer));
  if (!persoon) throw new Error(`the synthetic population should hold ${what}`);
  return { ...persoon, id: pseudonymFor(persoon.bsn, DEMO_PSEUDONYM_KEY) };
}

export const dvChild = pick('a child with a domestic-violence flag and a care report to Veilig Thuis', (n) =>
  data.hgSignalering.has(n) && (data.zorgmeldingen.get(n) ?? []).some((z) => z.ontvanger === 'VEILIG_THUIS'),
);
export const proKidChild = pick('a ProKid child with address signals', (n) => (data.prokid.get(n)?.adressignalen.length ?? 0) > 0);
export const haltChild = pick('a young person with a truancy and another Halt referral', (n) => {
  const feiten = (data.halt.get(n) ?? []).map((h) => h.feit);
  return feiten.includes('SCHOOLVERZUIM') && feiten.some((f) => f !== 'SCHOOLVERZUIM');
});

export { entity };

export const REGISTRATIONS = /* GraphQL */ `policeRegistrations { __typename registeredOn
  ... on PoliceIncident { incidentType childRole narrative }
  ... on PoliceCareReport { sentTo concern findings } }`;

export type PoliceTestbed = SubgraphTestbed;

export const startPoliceTestbed = (): Promise<PoliceTestbed> => startSubgraphTestbed(policeSubgraph, startPoliceSystem, population);
