/**
 * Test-only: the police demo system and subgraph started together, with chosen children from the
 * generator's own output so expectations are computed, never hard-coded. Used by the police tests.
 */
import { startPoliceSystem } from '../../demo/partners/police/policeSystem.ts';
import { generatePoliceData } from '../../demo/partners/police/policeData.ts';
import type { RunningDemoPartner } from '../../demo/partners/demoPartnerServer.ts';
import { DEFAULT_SEED } from '../../demo/synthetic/population.ts';
import type { Purpose, Role } from '../../schema/vocabulary.ts';
import { CallerContexts } from '../../test/harness/callerContexts.ts';
import { GrantsDouble } from '../../test/harness/grantsDouble.ts';
import { postGraphQL } from '../../test/harness/postGraphQL.ts';
import { DEMO_PSEUDONYM_KEY, subgraphConfig } from '../kit/config.ts';
import { startSubgraph, type RunningSubgraph } from '../kit/createSubgraph.ts';
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

export const entity = (childId: string, selection: string) =>
  `{ _entities(representations: [{ __typename: "Child", id: "${childId}" }]) { ... on Child { ${selection} } } }`;

export const REGISTRATIONS = /* GraphQL */ `policeRegistrations { __typename registeredOn
  ... on PoliceIncident { incidentType childRole narrative }
  ... on PoliceCareReport { sentTo concern findings } }`;

export interface PoliceTestbed {
  system: RunningDemoPartner;
  subgraph: RunningSubgraph;
  contexts: CallerContexts;
  grants: GrantsDouble;
  calls(): Promise<Record<string, number>>;
  resetCalls(): Promise<void>;
  as(role: Role, organisation: string, purpose?: Purpose): Promise<string>;
  query(query: string, context: Promise<string> | string): ReturnType<typeof postGraphQL>;
  close(): Promise<void>;
}

export async function startPoliceTestbed(): Promise<PoliceTestbed> {
  const system = await startPoliceSystem(population);
  const contexts = await CallerContexts.create();
  const grants = new GrantsDouble();
  const subgraph = await startSubgraph(
    policeSubgraph,
    subgraphConfig('police', { POLICE_PARTNER_URL: system.url, POLICE_PARTNER_TOKEN: 'demo-partner-token', KETENGRAAF_CONTEXT_PUBLIC_KEY: contexts.keys.publicJwk, GRANTS_CACHE_MS: '0' }),
    { grantSource: grants },
  );
  return {
    system,
    subgraph,
    contexts,
    grants,
    calls: async () => (await (await fetch(`${system.url}_demo/calls`)).json()) as Record<string, number>,
    resetCalls: async () => void (await fetch(`${system.url}_demo/calls/reset`, { method: 'POST' })),
    as: (role, organisation, purpose = 'CASE_DISCUSSION') => contexts.sign({ role, organisation, purpose }),
    query: async (query, context) => postGraphQL(subgraph.url, query, { headers: { 'x-ketengraaf-context': await context } }),
    close: async () => {
      await subgraph.close();
      await system.close();
    },
  };
}
