import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ClinicalResource, Patient } from '../../demo/partners/ggd/fhirR4.ts';
import { SYSTEM } from '../../demo/partners/ggd/fhirR4.ts';
import { generateGgdData } from '../../demo/partners/ggd/ggdData.ts';
import { startGgdSystem } from '../../demo/partners/ggd/ggdSystem.ts';
import type { RunningDemoPartner } from '../../demo/partners/demoPartnerServer.ts';
import { DEFAULT_SEED } from '../../demo/synthetic/population.ts';
import { CallerContexts } from '../../test/harness/callerContexts.ts';
import { GrantsDouble } from '../../test/harness/grantsDouble.ts';
import { postGraphQL } from '../../test/harness/postGraphQL.ts';
import type { Purpose, Role } from '../../schema/vocabulary.ts';
import { DEMO_PSEUDONYM_KEY, subgraphConfig } from '../kit/config.ts';
import { startSubgraph, type RunningSubgraph } from '../kit/createSubgraph.ts';
import { pseudonymFor } from '../kit/pseudonym.ts';
import { ggdSubgraph } from './ggdSubgraph.ts';

/**
 * Test-only: the demo FHIR system and the ggd subgraph on free ports for one test file, with the
 * generated data so tests compute their expectations from it, and a grants double for the casus
 * facts. Closed after the file.
 */
export const GGD_ORG = 'ggd-regio';
export const population = { seed: DEFAULT_SEED, count: 300 };

export function useGgdTestbed() {
  const data = generateGgdData(population);
  const grants = new GrantsDouble();
  let system: RunningDemoPartner | undefined;
  let subgraph: RunningSubgraph | undefined;
  let contexts: CallerContexts | undefined;

  beforeAll(async () => {
    system = await startGgdSystem(population);
    contexts = await CallerContexts.create('ggd');
    subgraph = await startSubgraph(
      ggdSubgraph,
      subgraphConfig('ggd', { NODE_ENV: 'test', GGD_PARTNER_URL: `${system.url}fhir/`, GGD_PARTNER_TOKEN: 'demo-partner-token', KETENGRAAF_CONTEXT_PUBLIC_KEY: contexts.keys.publicJwk, GRANTS_CACHE_MS: '0', KETENGRAAF_DISCLOSURE_LOG_DIR: mkdtempSync(join(tmpdir(), 'ketengraaf-disclosures-')) }),
      { grantSource: grants },
    );
  });
  afterAll(async () => {
    await subgraph?.close();
    await system?.close();
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started`);
    return value;
  };
  const sign = (role: Role, organisation = GGD_ORG, purpose: Purpose = 'CASE_DISCUSSION') => need(contexts, 'contexts').sign({ role, organisation, purpose });

  return {
    data,
    grants,
    get systemUrl() {
      return need(system, 'the demo FHIR system').url;
    },
    get subgraphUrl() {
      return need(subgraph, 'the ggd subgraph').url;
    },
    get contexts() {
      return need(contexts, 'contexts');
    },
    sign,
    /** Asks the subgraph for Child fields of these children, as this caller. */
    async entities(patients: readonly Patient[], selection: string, caller: Promise<string> | string) {
      const representations = patients.map((p) => `{ __typename: "Child", id: "${childIdOf(p)}" }`).join(', ');
      const query = `{ _entities(representations: [${representations}]) { ... on Child { ${selection} } } }`;
      return postGraphQL(need(subgraph, 'the ggd subgraph').url, query, { headers: { 'x-ketengraaf-context': await caller } });
    },
    async ask(query: string, caller: Promise<string> | string) {
      return postGraphQL(need(subgraph, 'the ggd subgraph').url, query, { headers: { 'x-ketengraaf-context': await caller } });
    },
    async calls(): Promise<Record<string, number>> {
      return (await (await fetch(`${need(system, 'the demo FHIR system').url}_demo/calls`)).json()) as Record<string, number>;
    },
    async resetCalls() {
      await fetch(`${need(system, 'the demo FHIR system').url}_demo/calls/reset`, { method: 'POST' });
    },
    resourcesOf<T extends ClinicalResource['resourceType']>(patient: Patient, type: T) {
      return (data.clinical.get(patient.id) ?? []).filter((r): r is Extract<ClinicalResource, { resourceType: T }> => r.resourceType === type);
    },
  };
}

export const childIdOf = (patient: Patient) => pseudonymFor(patient.identifier?.find((i) => i.system === SYSTEM.bsn)?.value ?? '', DEMO_PSEUDONYM_KEY);
