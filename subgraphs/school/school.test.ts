import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSchoolSystem } from '../../demo/partners/school/schoolSystem.ts';
import { generateSchoolData } from '../../demo/partners/school/schoolData.ts';
import { DEFAULT_SEED } from '../../demo/synthetic/population.ts';
import { CallerContexts } from '../../test/harness/callerContexts.ts';
import { postGraphQL } from '../../test/harness/postGraphQL.ts';
import { sdlContract } from '../../test/harness/sdlContract.ts';
import { DEMO_PSEUDONYM_KEY } from '../kit/config.ts';
import { startSubgraphTestbed, type SubgraphTestbed } from '../../test/harness/subgraphTestbed.ts';
import { pseudonymFor } from '../kit/pseudonym.ts';
import { schoolSubgraph } from './schoolSubgraph.ts';

const population = { seed: DEFAULT_SEED, count: 300 };
const data = generateSchoolData(population);
const truant = data.leerlingen.find((l) => data.verzuim.get(l.leerlingnummer)?.some((v) => v.soort === 'ONGEOORLOOFD'));
if (!truant) throw new Error('the synthetic population should hold a pupil with unauthorised absence');
const truantId = pseudonymFor(truant.bsn, DEMO_PSEUDONYM_KEY);

let bed: SubgraphTestbed;
const coordinatorOf = (organisation: string) => bed.as('SCHOOL_CARE_COORDINATOR', organisation, 'CASE_DISCUSSION');
const asCaller = (query: string, context: Promise<string> | string) => bed.query(query, context);

beforeAll(async () => {
  bed = await startSubgraphTestbed(schoolSubgraph, startSchoolSystem, population);
});
afterAll(async () => {
  await bed?.close();
});

describe('school subgraph contract', () => {
  it('publishes Child as an entity keyed by id, with @privacy on every personal field', async () => {
    const { body } = await asCaller('{ _service { sdl } }', coordinatorOf(truant.brin));
    const sdl: string = body.data._service.sdl;
    const contract = sdlContract(sdl);
    expect(contract.keysOf('Child')).toEqual(['id']);
    expect(contract.fieldsOf('Child')).toEqual(expect.arrayContaining(['schoolEnrolment', 'schoolAbsences', 'supportNeeds', 'testResults', 'schoolIncidents']));
    expect(contract.fieldsWithoutRule('Child')).toEqual([]);
    expect(contract.fieldsWithoutRule('Organisation')).toEqual([]);
    expect(sdl).not.toMatch(/^\s*bsn\s*[:(]/im); // no field carries a BSN
  });

  it('resolves _entities for well-formed pseudonyms only', async () => {
    const { body } = await asCaller(
      `{ _entities(representations: [{ __typename: "Child", id: "${truantId}" }, { __typename: "Child", id: "900000107" }]) { ... on Child { id } } }`,
      coordinatorOf(truant.brin),
    );
    expect(body.data._entities).toEqual([{ id: truantId }, null]);
  });

  it('refuses a request without a gateway context, or with one signed by another key', async () => {
    const anonymous = await postGraphQL(bed.subgraph.url, `{ _entities(representations: [{ __typename: "Child", id: "${truantId}" }]) { ... on Child { schoolAbsences { date } } } }`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.data).toBeUndefined();
    const forger = await CallerContexts.create('school');
    const forged = await asCaller('{ _service { sdl } }', forger.sign({ role: 'SCHOOL_CARE_COORDINATOR', organisation: truant.brin, purpose: 'CASE_DISCUSSION' }));
    expect(forged.status).toBe(401);
    expect(JSON.stringify(forged.body)).not.toContain('Child');
  });
});

describe('mapping the SIS format onto the graph', () => {
  it('maps enrolment and absence records of a pupil', async () => {
    const { body } = await asCaller(
      `{ _entities(representations: [{ __typename: "Child", id: "${truantId}" }]) { ... on Child {
          schoolEnrolment { group enrolledOn schoolType school { id } }
          schoolAbsences { date hours kind reportedToCompulsoryEducation } } } }`,
      coordinatorOf(truant.brin),
    );
    expect(body.errors).toBeUndefined();
    const child = body.data._entities[0];
    expect(child.schoolEnrolment).toEqual({
      group: truant.groep,
      enrolledOn: truant.inschrijfdatum,
      schoolType: /^[1-8]$/.test(truant.groep) ? 'PRIMARY' : 'SECONDARY',
      school: { id: truant.brin },
    });
    const expected = (data.verzuim.get(truant.leerlingnummer) ?? []).map((v) => ({
      date: v.datum,
      hours: v.uren,
      kind: { ZIEK: 'SICK', GEOORLOOFD: 'AUTHORISED', ONGEOORLOOFD: 'UNAUTHORISED', TE_LAAT: 'LATE' }[v.soort],
      reportedToCompulsoryEducation: v.gemeldBijLeerplicht,
    }));
    expect(child.schoolAbsences).toEqual(expected);
    expect(child.schoolAbsences.some((a: { kind: string }) => a.kind === 'UNAUTHORISED')).toBe(true);
  });
});

describe('per-child privacy at the school subgraph', () => {
  it("releases a pupil's absences to its own school, not to another school, and does not ask the partner for the other", async () => {
    const otherSchool = data.leerlingen.map((l) => l.brin).find((brin) => brin !== truant.brin) ?? '';
    await bed.resetCalls();
    const denied = await asCaller(
      `{ _entities(representations: [{ __typename: "Child", id: "${truantId}" }]) { ... on Child { schoolAbsences { date } } } }`,
      coordinatorOf(otherSchool),
    );
    expect(denied.body.data._entities[0].schoolAbsences).toBeNull();
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
    expect(JSON.stringify(denied.body)).not.toMatch(/UNAUTHORISED|SICK|LATE|\d{4}-\d{2}-\d{2}/);
    expect((await bed.calls())['/api/v1/verzuim']).toBeUndefined();
  });

  it('releases enrolment to a case director only as a case participant with consent', async () => {
    const query = `{ _entities(representations: [{ __typename: "Child", id: "${truantId}" }]) { ... on Child { schoolEnrolment { group } } } }`;
    const director = () => bed.contexts.sign({ role: 'CASE_DIRECTOR', organisation: 'gemeente-demo', purpose: 'CASE_DISCUSSION' });
    const before = await asCaller(query, director());
    expect(before.body.data._entities[0].schoolEnrolment).toBeNull();
    bed.grants.set('gemeente-demo', truantId, { caseParticipant: true, consent: true, casePhase: 2 });
    const after = await asCaller(query, director());
    expect(after.body.data._entities[0].schoolEnrolment).toEqual({ group: truant.groep });
  });

  it('lists a school’s pupils and loads their records with one partner call per resource', async () => {
    await bed.resetCalls();
    const { body } = await asCaller(
      `{ _entities(representations: [{ __typename: "Organisation", id: "${truant.brin}" }]) { ... on Organisation { pupils(first: 25) { id schoolAbsences { date } schoolEnrolment { group } } } } }`,
      coordinatorOf(truant.brin),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].pupils.length).toBeGreaterThan(5);
    const counted = await bed.calls();
    expect(counted['/api/v1/verzuim']).toBe(1);
    expect(counted['/api/v1/leerlingen']).toBe(1);
  });
});
