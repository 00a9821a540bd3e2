import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jeugdhulpChildren } from '../../demo/partners/jeugdhulp/jeugdhulpRecords.ts';
import { startJeugdhulpSystem } from '../../demo/partners/jeugdhulp/jeugdhulpSystem.ts';
import { DEFAULT_SEED } from '../../demo/synthetic/population.ts';
import { covenantOrganisations } from '../../schema/covenant.ts';
import { ROLE_ORGANISATION_TYPES } from '../../schema/roleOrganisations.ts';
import { ROLES } from '../../schema/vocabulary.ts';
import { postGraphQL } from '../../test/harness/postGraphQL.ts';
import { sdlContract } from '../../test/harness/sdlContract.ts';
import { entity, startSubgraphTestbed, type SubgraphTestbed } from '../../test/harness/subgraphTestbed.ts';
import { DEMO_PSEUDONYM_KEY, subgraphConfig } from '../kit/config.ts';
import { pseudonymFor } from '../kit/pseudonym.ts';
import { createJeugdhulpLoaders } from './jeugdhulpLoaders.ts';
import { connectJeugdhulp } from './jeugdhulpPartner.ts';
import { jeugdhulpSubgraph } from './jeugdhulpSubgraph.ts';

// Made by `npm run connector:new`. These hold before a line is written: the contract, default
// deny of the placeholder rule, and batching. Replace the default-deny test once the rules are
// filled in by tests of what each role may see (see subgraphs/school/school.test.ts).
const population = { seed: DEFAULT_SEED, count: 200 };
const children = jeugdhulpChildren(population);
const held = Array.from({ length: population.count }, (_, index) => children.records(index)).filter((records) => records !== null);
const first = held[0];
if (!first) throw new Error('the synthetic population should hold a child of the jeugdhulp system');
const firstId = pseudonymFor(first.identity.bsn, DEMO_PSEUDONYM_KEY);

let bed: SubgraphTestbed;
beforeAll(async () => {
  bed = await startSubgraphTestbed(jeugdhulpSubgraph, startJeugdhulpSystem, population);
});
afterAll(async () => {
  await bed?.close();
});

describe('jeugdhulp subgraph contract', () => {
  it('publishes Child keyed by id, with a rule on every field, and never a BSN', async () => {
    const { body } = await bed.query('{ _service { sdl } }', bed.as('CASE_DIRECTOR', 'gemeente-demo'));
    const contract = sdlContract(body.data._service.sdl);
    expect(contract.keysOf('Child')).toEqual(['id']);
    expect(contract.fieldsWithoutRule('Child')).toEqual([]);
    expect(body.data._service.sdl).not.toMatch(/^\s*bsn\s*[:(]/im);
  });

  it('resolves _entities for well-formed pseudonyms only, and refuses a request without a context', async () => {
    const query = `{ _entities(representations: [{ __typename: "Child", id: "${firstId}" }, { __typename: "Child", id: "900000107" }]) { ... on Child { id } } }`;
    const { body } = await bed.query(query, bed.as('CASE_DIRECTOR', 'gemeente-demo'));
    expect(body.data._entities).toEqual([{ id: firstId }, null]);
    expect((await postGraphQL(bed.subgraph.url, query)).status).toBe(401);
  });
});

describe('jeugdhulp subgraph before its rules are filled in', () => {
  it('releases the placeholder field to no role, and does not ask the partner', async () => {
    await bed.resetCalls();
    for (const role of ROLES) {
      const organisation = covenantOrganisations().find((org) => ROLE_ORGANISATION_TYPES[role].includes(org.type))?.id ?? first.identity.organisationId;
      const { body } = await bed.query(entity(firstId, 'jeugdhulpSummary { kind }'), bed.as(role, organisation));
      expect(body.data._entities[0].jeugdhulpSummary, role).toBeNull();
      expect(body.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN_FIELD');
    }
    expect(await bed.calls()).toEqual({});
  });

  it('loads the records of many children with one partner call', async () => {
    const partner = await connectJeugdhulp(
      subgraphConfig('jeugdhulp', { NODE_ENV: 'test', JEUGDHULP_PARTNER_URL: bed.system.url, JEUGDHULP_PARTNER_TOKEN: 'demo-partner-token', KETENGRAAF_CONTEXT_PUBLIC_KEY: bed.contexts.keys.publicJwk }),
    );
    try {
      await bed.resetCalls();
      const localIds = held.slice(0, 10).map((records) => records.identity.localId);
      const loaded = await createJeugdhulpLoaders(partner).summary.loadMany(localIds);
      expect(loaded.map((record) => (record instanceof Error || record === null ? null : record.localId))).toEqual(localIds);
      expect(await bed.calls()).toEqual({ '/api/records': 1 });
    } finally {
      partner.index.close();
    }
  });
});
