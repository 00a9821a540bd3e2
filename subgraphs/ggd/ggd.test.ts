import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { readPolicies } from '../../schema/policy.ts';
import { CallerContexts } from '../../test/harness/callerContexts.ts';
import { postGraphQL } from '../../test/harness/postGraphQL.ts';
import { sdlContract } from '../../test/harness/sdlContract.ts';
import { PartnerClient } from '../kit/partnerClient.ts';
import { GgdFhirClient } from './ggdClient.ts';
import { childIdOf, GGD_ORG, useGgdTestbed } from './ggdTestbed.ts';

const bed = useGgdTestbed();
const { data } = bed;
const hasAdvice = (id: string) => (data.clinical.get(id) ?? []).some((r) => r.resourceType === 'CarePlan' && r.id.endsWith('-school'));
const concerned = data.patients.find((p) => hasAdvice(p.id));
if (!concerned) throw new Error('the synthetic population should hold a JGZ client with a care plan and advice for the school');
const concernedId = childIdOf(concerned);
const ALL_FIELDS = 'jgzContacts { date } growthMeasurements { measuredOn } vaccinations { date } developmentScreenings { date } jgzConcerns { domain } jgzCarePlan { status } jgzAdviceForSchool { advice } jgzCareSummary { openActivities }';

describe('ggd subgraph contract', () => {
  it('publishes Child as an entity keyed by id, with @privacy citing an article on every personal field', async () => {
    const { body } = await bed.ask('{ _service { sdl } }', bed.sign('JGZ_PROFESSIONAL'));
    const sdl: string = body.data._service.sdl;
    const contract = sdlContract(sdl);
    expect(contract.keysOf('Child')).toEqual(['id']);
    expect(contract.keysOf('Organisation')).toEqual(['id']);
    expect(contract.fieldsOf('Child')).toEqual(expect.arrayContaining(['jgzContacts', 'growthMeasurements', 'vaccinations', 'developmentScreenings', 'jgzConcerns', 'jgzCarePlan', 'jgzAdviceForSchool', 'jgzCareSummary']));
    expect(contract.fieldsWithoutRule('Child')).toEqual([]);
    expect(contract.fieldsWithoutRule('Organisation')).toEqual([]);
    const rules = [...readPolicies(parse(sdl)).fields.values()].flat();
    expect(rules.every((rule) => rule.category === 'SPECIAL_CATEGORY' && /art\. \d/.test(rule.basis))).toBe(true);
    expect(rules.some((rule) => rule.roles.includes('POLICE_OFFICER'))).toBe(false); // JGZ content never goes to the police
    expect(sdl).not.toMatch(/^\s*bsn\s*[:(]/im);
  });

  it('resolves _entities for well-formed pseudonyms only', async () => {
    const { body } = await bed.ask(
      `{ _entities(representations: [{ __typename: "Child", id: "${concernedId}" }, { __typename: "Child", id: "900000107" }, { __typename: "Organisation", id: "${GGD_ORG}" }]) { ... on Child { id } ... on Organisation { id } } }`,
      bed.sign('JGZ_PROFESSIONAL'),
    );
    expect(body.data._entities).toEqual([{ id: concernedId }, null, { id: GGD_ORG }]);
  });

  it('refuses a request without a gateway context, or with one signed by another key', async () => {
    const anonymous = await postGraphQL(bed.subgraphUrl, `{ _entities(representations: [{ __typename: "Child", id: "${concernedId}" }]) { ... on Child { jgzConcerns { domain } } } }`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.data).toBeUndefined();
    const forger = await CallerContexts.create('ggd');
    const forged = await postGraphQL(bed.subgraphUrl, '{ _service { sdl } }', { headers: { 'x-ketengraaf-context': await forger.sign({ role: 'JGZ_PROFESSIONAL', organisation: GGD_ORG, purpose: 'CASE_DISCUSSION' }) } });
    expect(forged.status).toBe(401);
    expect(JSON.stringify(forged.body)).not.toContain('Child');
  });
});

describe('per-child privacy at the ggd subgraph', () => {
  it('releases the JGZ record to the own GGD, not to a JGZ professional of another organisation, whose request reaches no FHIR route', async () => {
    const own = await bed.entities([concerned], ALL_FIELDS, bed.sign('JGZ_PROFESSIONAL'));
    expect(own.body.errors).toBeUndefined();
    expect(Object.values(own.body.data._entities[0]).every((value) => value !== null)).toBe(true);
    await bed.resetCalls();
    const other = await bed.entities([concerned], ALL_FIELDS, bed.sign('JGZ_PROFESSIONAL', 'gemeente-demo'));
    expect(Object.values(other.body.data._entities[0]).every((value) => value === null)).toBe(true);
    expect(other.body.errors?.map((e) => e.extensions?.code)).toEqual(Array(8).fill('FORBIDDEN_FIELD'));
    expect(JSON.stringify(other.body)).not.toMatch(/\d{4}-\d{2}-\d{2}|ACTIVE|PSYCHOSOCIAL/);
    expect(await bed.calls()).toEqual({});
  });

  it('releases the advice for the school to its care coordinator only with consent, as case participant, from AVE phase 2, and nothing else of the record', async () => {
    const advise = () => bed.entities([concerned], 'jgzAdviceForSchool { advice givenOn }', bed.sign('SCHOOL_CARE_COORDINATOR', 'school-kompas'));
    await bed.resetCalls();
    const before = await advise();
    expect(before.body.data._entities[0].jgzAdviceForSchool).toBeNull();
    expect(before.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
    bed.grants.set('school-kompas', concernedId, { caseParticipant: true, consent: true, casePhase: 1 });
    expect((await advise()).body.data._entities[0].jgzAdviceForSchool).toBeNull();
    expect((await bed.calls())['/fhir/CarePlan']).toBeUndefined();
    bed.grants.set('school-kompas', concernedId, { caseParticipant: true, consent: true, casePhase: 2 });
    const after = await advise();
    const advice = bed.resourcesOf(concerned, 'CarePlan').find((plan) => plan.id.endsWith('-school'));
    expect(after.body.data._entities[0].jgzAdviceForSchool).toEqual({ advice: advice?.description, givenOn: advice?.period?.start });
    const concerns = await bed.entities([concerned], 'jgzConcerns { domain } jgzCarePlan { title }', bed.sign('SCHOOL_CARE_COORDINATOR', 'school-kompas'));
    expect(concerns.body.data._entities[0]).toEqual({ jgzConcerns: null, jgzCarePlan: null });
  });

  it('gives Veilig Thuis concerns and care plan as case participant (Wmo 2015 art. 5.2.6), never contacts or growth', async () => {
    const asked = () => bed.entities([concerned], 'jgzConcerns { domain } jgzCarePlan { status } jgzContacts { date }', bed.sign('VEILIG_THUIS_WORKER', 'veilig-thuis-regio'));
    expect((await asked()).body.data._entities[0].jgzConcerns).toBeNull();
    bed.grants.set('veilig-thuis-regio', concernedId, { caseParticipant: true, casePhase: 3 });
    const { body } = await asked();
    expect(body.data._entities[0].jgzConcerns).toHaveLength(bed.resourcesOf(concerned, 'Condition').length);
    expect(body.data._entities[0].jgzCarePlan).not.toBeNull();
    expect(body.data._entities[0].jgzContacts).toBeNull();
  });

  it('never releases anything to the police, even as a consenting case participant, and asks the GGD nothing', async () => {
    bed.grants.set('politie-basisteam', concernedId, { caseParticipant: true, consent: true, casePhase: 4 });
    await bed.resetCalls();
    const { body } = await bed.entities([concerned], ALL_FIELDS, bed.sign('POLICE_OFFICER', 'politie-basisteam'));
    expect(Object.values(body.data._entities[0]).every((value) => value === null)).toBe(true);
    expect(await bed.calls()).toEqual({});
  });
});

describe('batching the FHIR searches', () => {
  it('lists the GGD’s clients and loads their records with one FHIR search per resource', async () => {
    await bed.resetCalls();
    const { body } = await bed.ask(
      `{ _entities(representations: [{ __typename: "Organisation", id: "${GGD_ORG}" }]) { ... on Organisation { jgzClients(first: 60) { id jgzContacts { date } vaccinations { date } jgzConcerns { domain } } } } }`,
      bed.sign('JGZ_PROFESSIONAL'),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].jgzClients).toHaveLength(60);
    expect(await bed.calls()).toEqual({ '/fhir/Encounter': 1, '/fhir/Immunization': 1, '/fhir/Condition': 1 });
  });

  it('splits a very large batch into searches of 150 patients, to keep URLs short', async () => {
    await bed.resetCalls();
    const { body } = await bed.ask(
      `{ _entities(representations: [{ __typename: "Organisation", id: "${GGD_ORG}" }]) { ... on Organisation { jgzClients(first: 500) { vaccinations { date } } } } }`,
      bed.sign('JGZ_PROFESSIONAL'),
    );
    expect(body.data._entities[0].jgzClients).toHaveLength(data.patients.length);
    expect((await bed.calls())['/fhir/Immunization']).toBe(Math.ceil(data.patients.length / 150));
  });

  it('follows the Bundle’s next links when the identity list spans pages', async () => {
    const client = new GgdFhirClient(new PartnerClient({ name: 'ggd', baseUrl: `${bed.systemUrl}fhir`, headers: { authorization: 'Bearer demo-partner-token' }, timeoutMs: 5000 }), 100);
    await bed.resetCalls();
    const identities = await client.identities();
    expect(identities.map((i) => i.localId)).toEqual(data.patients.map((p) => p.id));
    expect(identities.every((i) => i.holderOrganisationId === GGD_ORG && /^\d{9}$/.test(i.bsn))).toBe(true);
    expect((await bed.calls())['/fhir/Patient']).toBe(Math.ceil(data.patients.length / 100));
  });
});
