import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jeugdhulpChildren, type JeugdhulpChildRecords } from '../../demo/partners/jeugdhulp/jeugdhulpRecords.ts';
import { startJeugdhulpSystem } from '../../demo/partners/jeugdhulp/jeugdhulpSystem.ts';
import { DEFAULT_SEED } from '../../demo/synthetic/population.ts';
import { postGraphQL } from '../../test/harness/postGraphQL.ts';
import { sdlContract } from '../../test/harness/sdlContract.ts';
import { entity, startSubgraphTestbed, type SubgraphTestbed } from '../../test/harness/subgraphTestbed.ts';
import { DEMO_PSEUDONYM_KEY } from '../kit/config.ts';
import { pseudonymFor } from '../kit/pseudonym.ts';
import { jeugdhulpSubgraph } from './jeugdhulpSubgraph.ts';

const population = { seed: DEFAULT_SEED, count: 400 };
const source = jeugdhulpChildren(population);
const clients = Array.from({ length: population.count }, (_, index) => source.records(index)).filter((r): r is JeugdhulpChildRecords => r !== null);
const withHistory = clients.find((c) => c.trajectories.length > 1);
if (!withHistory) throw new Error('the synthetic population should hold a client with an ended trajectory before the current one');
const idOf = (client: JeugdhulpChildRecords) => pseudonymFor(client.identity.Bsn, DEMO_PSEUDONYM_KEY);
const subject = withHistory;
const subjectId = idOf(subject);
const provider = subject.identity.Aanbieder;
const otherProvider = provider === 'jeugdhulp-horizon' ? 'jeugdhulp-kompaan' : 'jeugdhulp-horizon';
const TRAJECTORY = 'activeYouthCare { provider { id } productCategory allocatedFrom allocatedUntil startedOn }';

let bed: SubgraphTestbed;
beforeAll(async () => {
  bed = await startSubgraphTestbed(jeugdhulpSubgraph, startJeugdhulpSystem, population);
});
afterAll(async () => {
  await bed?.close();
});

describe('jeugdhulp subgraph contract', () => {
  it('publishes Child keyed by id, with a rule on every field, and never a BSN', async () => {
    const { body } = await bed.query('{ _service { sdl } }', bed.as('YOUTH_CARE_PROVIDER', provider));
    const contract = sdlContract(body.data._service.sdl);
    expect(contract.keysOf('Child')).toEqual(['id']);
    expect(contract.fieldsWithoutRule('Child')).toEqual([]);
    expect(contract.fieldsWithoutRule('Organisation')).toEqual([]);
    expect(body.data._service.sdl).not.toMatch(/^\s*bsn\s*[:(]/im);
  });

  it('resolves _entities for well-formed pseudonyms only, and refuses a request without a context', async () => {
    const query = `{ _entities(representations: [{ __typename: "Child", id: "${subjectId}" }, { __typename: "Child", id: "900000107" }]) { ... on Child { id } } }`;
    const { body } = await bed.query(query, bed.as('YOUTH_CARE_PROVIDER', provider));
    expect(body.data._entities).toEqual([{ id: subjectId }, null]);
    expect((await postGraphQL(bed.subgraph.url, query)).status).toBe(401);
  });
});

describe('mapping iJw messages onto the graph', () => {
  it('shows the trajectory in care (JW305 without JW307), not the ended one, and no treatment content', async () => {
    const { body } = await bed.query(entity(subjectId, TRAJECTORY), bed.as('YOUTH_CARE_PROVIDER', provider));
    expect(body.errors).toBeUndefined();
    const current = subject.trajectories.at(-1);
    const allocation = current?.jw301.ToegewezenProduct;
    const category = { '41': 'DAY_TREATMENT', '43': 'RESIDENTIAL_WITH_TREATMENT', '44': 'RESIDENTIAL_WITHOUT_TREATMENT', '45': 'AMBULATORY', '46': 'CRISIS', '50': 'CUSTOM_ARRANGEMENT' }[allocation?.Product.Categorie ?? ''];
    expect(body.data._entities[0].activeYouthCare).toEqual({
      provider: { id: provider },
      productCategory: category,
      allocatedFrom: allocation?.ToewijzingIngangsdatum,
      allocatedUntil: allocation?.ToewijzingEinddatum ?? null,
      startedOn: current?.jw305.StartProduct.Begindatum,
    });
    const text = JSON.stringify(body);
    for (const hidden of subject.trajectories.flatMap((t) => [t.jw301.ToegewezenProduct.Commentaar, t.jw301.ToegewezenProduct.Product.Code, t.jw301.ToegewezenProduct.ToewijzingNummer, t.jw301.Clientnummer])) {
      expect(text).not.toContain(hidden);
    }
  });
});

describe('per-child privacy at the jeugdhulp subgraph', () => {
  it("releases a client's trajectory to its own provider only, and does not ask the partner for another", async () => {
    await bed.resetCalls();
    const denied = await bed.query(entity(subjectId, TRAJECTORY), bed.as('YOUTH_CARE_PROVIDER', otherProvider));
    expect(denied.body.data._entities[0].activeYouthCare).toBeNull();
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
    expect(await bed.calls()).toEqual({});
  });

  it('releases it to the case director only as a case participant with consent from AVE phase 2, or at phase 3', async () => {
    const director = () => bed.as('CASE_DIRECTOR', 'gemeente-demo');
    expect((await bed.query(entity(subjectId, 'activeYouthCare { startedOn }'), director())).body.data._entities[0].activeYouthCare).toBeNull();
    bed.grants.set('gemeente-demo', subjectId, { caseParticipant: true, consent: false, casePhase: 2 });
    expect((await bed.query(entity(subjectId, 'activeYouthCare { startedOn }'), director())).body.data._entities[0].activeYouthCare).toBeNull();
    bed.grants.set('gemeente-demo', subjectId, { caseParticipant: true, consent: true, casePhase: 2 });
    expect((await bed.query(entity(subjectId, 'activeYouthCare { startedOn }'), director())).body.data._entities[0].activeYouthCare).not.toBeNull();
  });

  it("lists a provider's clients in care and loads their trajectories with one call per message type", async () => {
    await bed.resetCalls();
    const { body } = await bed.query(
      `{ _entities(representations: [{ __typename: "Organisation", id: "${provider}" }]) { ... on Organisation { youthCareClients(first: 25) { id ${TRAJECTORY} } } } }`,
      bed.as('YOUTH_CARE_PROVIDER', provider),
    );
    expect(body.errors).toBeUndefined();
    const listed = body.data._entities[0].youthCareClients as { activeYouthCare: unknown }[];
    expect(listed.length).toBeGreaterThan(5);
    expect(listed.every((child) => child.activeYouthCare !== null)).toBe(true);
    expect(await bed.calls()).toEqual({ '/ijw/jw301': 1, '/ijw/jw305': 1, '/ijw/jw307': 1 });
  });
});
