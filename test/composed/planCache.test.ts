import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { useQueryPlan } from '@graphql-hive/router-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../gateway/createGateway.ts';
import { createProcessingLogObserver } from '../../gateway/processingLog/processingLogObserver.ts';
import { ProcessingRegister } from '../../schema/processingRegister.ts';
import { demoChildren, pick } from '../harness/demoChildren.ts';
import { postGraphQL } from '../harness/postGraphQL.ts';
import { startTestHub, TEST_POPULATION, type TestHub } from '../harness/testHub.ts';
import { readFileSync } from 'node:fs';
import { SUPERGRAPH_FILE } from '../../schema/composeSupergraph.ts';

// The Rust planner caches a plan per document object and operation name. The same query text
// from two permission sets must be planned twice, and each must keep getting its own plan from
// the cache: a plan made for a Veilig Thuis worker fetches Veilig Thuis data, and handed to a
// school it would fetch that data for the school.
let hub: TestHub;
let gateway: RunningGateway;
const plans: unknown[] = [];
const child = pick(demoChildren(TEST_POPULATION), 'has a Veilig Thuis dossier and a school', (c) => c.hasVeiligThuisDossier && c.school !== null);
const QUERY = /* GraphQL */ `query Same($id: ID!) { child(id: $id) { id veiligThuisContacts { __typename } } }`;
const vtWorker = { role: 'VEILIG_THUIS_WORKER', organisation: 'veilig-thuis-regio', purpose: 'CASE_DISCUSSION' } as const;
const school = { role: 'SCHOOL_CARE_COORDINATOR', organisation: child.school ?? '', purpose: 'CASE_DISCUSSION' } as const;
const subgraphsOf = (plan: unknown) => [...new Set([...JSON.stringify(plan).matchAll(/"serviceName":"(\w+)"/g)].map((match) => match[1]))].sort();

beforeAll(async () => {
  hub = await startTestHub();
  gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: Object.fromEntries(Object.entries(hub.subgraphs).map(([name, running]) => [name, running.url])),
    issuers: [hub.devIssuer.trustedIssuer()],
    contextPrivateKey: hub.contextKeys.privateKey,
    observer: createProcessingLogObserver(hub.processingLog, new ProcessingRegister()),
    // router-runtime's typings bundle their own copy of the engine's types (a Logger class with
    // private fields), so its plugin does not type-check as the engine's plugin that it is.
    plugins: [useQueryPlan({ onQueryPlan: (plan) => void plans.push(plan) }) as unknown as GatewayPlugin],
  });
});
afterAll(async () => {
  await gateway?.close();
  await hub?.close();
});

async function ask(as: typeof vtWorker | typeof school) {
  const token = await hub.devIssuer.issue({ role: as.role, organisation: as.organisation });
  const { body } = await postGraphQL(gateway.url, QUERY, { variables: { id: child.id }, headers: { authorization: `Bearer ${token}`, 'x-purpose': as.purpose } });
  return { body, plan: plans.at(-1) };
}

describe('the query plan cache', () => {
  it('never serves one permission set the plan made for another, in either order, cached or not', async () => {
    for (const round of [1, 2, 3]) {
      const privileged = await ask(vtWorker);
      expect(subgraphsOf(privileged.plan), `round ${round}`).toEqual(['casus', 'veiligthuis']);
      expect(privileged.body.data.child.veiligThuisContacts.length).toBeGreaterThan(0);

      await hub.resetPartnerCalls();
      const unprivileged = await ask(school);
      expect(subgraphsOf(unprivileged.plan), `round ${round}`).toEqual(['casus']);
      expect(unprivileged.body.data.child.veiligThuisContacts).toBeNull();
      expect(await hub.partnerCalls('veiligthuis')).toEqual({});
    }
    expect(plans).toHaveLength(6);
  });
});
