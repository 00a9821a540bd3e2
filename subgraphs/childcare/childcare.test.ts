import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateChildcareData } from '../../demo/partners/childcare/childcareData.ts';
import { startChildcareSystem } from '../../demo/partners/childcare/childcareSystem.ts';
import { DEFAULT_SEED } from '../../demo/synthetic/population.ts';
import type { Purpose, Role } from '../../schema/vocabulary.ts';
import { CallerContexts } from '../../test/harness/callerContexts.ts';
import { postGraphQL } from '../../test/harness/postGraphQL.ts';
import { sdlContract } from '../../test/harness/sdlContract.ts';
import { DEMO_PSEUDONYM_KEY } from '../kit/config.ts';
import { entity, startSubgraphTestbed, type SubgraphTestbed } from '../../test/harness/subgraphTestbed.ts';
import { pseudonymFor } from '../kit/pseudonym.ts';
import { childcareSubgraph } from './childcareSubgraph.ts';

const population = { seed: DEFAULT_SEED, count: 300 };
const data = generateChildcareData(population);
const find = (what: string, test: (kindId: string) => boolean) => {
  const child = data.children.find((c) => test(c.kindId));
  if (!child) throw new Error(`the synthetic population should hold a placed child with ${what}`);
  return { ...child, id: pseudonymFor(child.bsn, DEMO_PSEUDONYM_KEY) };
};
const indicated = find('a VVE indication and observations', (k) => data.vveIndications.has(k) && data.observations.has(k));
const signalled = find('a care signal', (k) => data.careSignals.has(k));
const leaver = find('a handover form to a school', (k) => data.handovers.get(k)?.receivingSchoolId != null);
const receivingSchool = data.handovers.get(leaver.kindId)?.receivingSchoolId ?? '';
const otherLocation = (location: string) => data.children.map((c) => c.locationId).find((id) => id !== location) ?? '';

let bed: SubgraphTestbed;
const calls = () => bed.calls();
const resetCalls = () => bed.resetCalls();
const as = (role: Role, organisation: string, purpose: Purpose) => bed.as(role, organisation, purpose);
const asCaller = (query: string, context: Promise<string> | string) => bed.query(query, context);

beforeAll(async () => {
  bed = await startSubgraphTestbed(childcareSubgraph, startChildcareSystem, population);
});
afterAll(async () => {
  await bed?.close();
});

describe('childcare subgraph contract', () => {
  it('publishes Child as an entity keyed by id, with @privacy on every personal field', async () => {
    const { body } = await asCaller('{ _service { sdl } }', as('CHILDCARE_WORKER', indicated.locationId, 'SIGNALLING'));
    const sdl: string = body.data._service.sdl;
    const contract = sdlContract(sdl);
    expect(contract.keysOf('Child')).toEqual(['id']);
    expect(contract.keysOf('Organisation')).toEqual(['id']);
    expect(contract.fieldsOf('Child')).toEqual(
      expect.arrayContaining(['childcarePlacement', 'vveIndication', 'childcareObservations', 'childcareHandoverForm', 'childcareCareSignals']),
    );
    expect(contract.fieldsOf('Organisation')).toContain('placedChildren');
    expect(contract.fieldsWithoutRule('Child')).toEqual([]);
    expect(contract.fieldsWithoutRule('Organisation')).toEqual([]);
    expect(sdl).not.toMatch(/^\s*(bsn|kindId)\s*[:(]/im); // neither the BSN nor the partner's local id is on the graph
  });

  it('resolves _entities for well-formed pseudonyms only', async () => {
    const { body } = await asCaller(
      `{ _entities(representations: [{ __typename: "Child", id: "${indicated.id}" }, { __typename: "Child", id: "${indicated.bsn}" }, { __typename: "Organisation", id: "${indicated.locationId}" }, { __typename: "Organisation", id: "kdv-unknown" }]) { ... on Child { id } ... on Organisation { id } } }`,
      as('CHILDCARE_WORKER', indicated.locationId, 'SIGNALLING'),
    );
    expect(body.data._entities).toEqual([{ id: indicated.id }, null, { id: indicated.locationId }, null]);
  });

  it('refuses a request without a gateway context, or with one signed by another key', async () => {
    const anonymous = await postGraphQL(bed.subgraph.url, entity(signalled.id, 'childcareCareSignals { signalledOn }'));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.data).toBeUndefined();
    const forger = await CallerContexts.create('childcare');
    const forged = await asCaller('{ _service { sdl } }', forger.sign({ role: 'CHILDCARE_WORKER', organisation: signalled.locationId, purpose: 'SIGNALLING' }));
    expect(forged.status).toBe(401);
    expect(JSON.stringify(forged.body)).not.toContain('Child');
  });
});

/** The expected mapping of the partner's codes, restated here so a wrong table in the resolvers shows. */
const EXPECTED = {
  careType: { DAGOPVANG: 'DAYCARE', PEUTEROPVANG: 'PRESCHOOL' },
  reason: { TAAL: 'LANGUAGE', SOC_EMO: 'SOCIAL_EMOTIONAL', MOTORIEK: 'MOTOR', OMGEVING: 'HOME_ENVIRONMENT' },
  domain: { TAAL: 'LANGUAGE', REKENEN: 'EARLY_NUMERACY', GROVE_MOTORIEK: 'GROSS_MOTOR', FIJNE_MOTORIEK: 'FINE_MOTOR', SOC_EMO: 'SOCIAL_EMOTIONAL', ZELFREDZAAMHEID: 'SELF_RELIANCE' },
  assessment: { VOORSPRONG: 'AHEAD', CONFORM: 'ON_TRACK', ACHTERSTAND: 'BEHIND' },
  concern: { ONTWIKKELING: 'DEVELOPMENT', GEDRAG: 'BEHAVIOUR', THUISSITUATIE: 'HOME_SITUATION', VERWAARLOZING: 'NEGLECT', GEZONDHEID: 'HEALTH' },
  followUp: { OBSERVEREN: 'OBSERVE', DOORVERWEZEN_JGZ: 'REFERRED_TO_JGZ', OVERLEG_WIJKTEAM: 'CONSULTED_YOUTH_TEAM', MELDING_VEILIG_THUIS: 'REPORTED_TO_VEILIG_THUIS' },
} as const;

const expectedPlacement = (kindId: string) => {
  const p = data.placements.get(kindId);
  return p && { location: { id: p.locationId }, group: p.groupName, careType: EXPECTED.careType[p.careType], daysPerWeek: p.daysPerWeek, startedOn: p.startDate, endedOn: p.endDate };
};
const expectedObservations = (kindId: string) =>
  (data.observations.get(kindId) ?? [])
    .map((o) => ({ observedOn: o.observationDate, instrument: o.instrument, domain: EXPECTED.domain[o.domain], level: o.level, assessment: EXPECTED.assessment[o.assessment] }))
    .sort((a, b) => b.observedOn.localeCompare(a.observedOn));
const PLACEMENT = 'childcarePlacement { location { id } group careType daysPerWeek startedOn endedOn }';
const OBSERVATIONS = 'childcareObservations { observedOn instrument domain level assessment }';

describe('mapping the childcare system format onto the graph', () => {
  it('maps placement, VVE indication and observations of a child', async () => {
    const { body } = await asCaller(
      entity(indicated.id, `${PLACEMENT} vveIndication { indicatedOn indicatedBy reason programme hoursPerWeek validUntil } ${OBSERVATIONS}`),
      as('CHILDCARE_WORKER', indicated.locationId, 'CASE_DISCUSSION'),
    );
    expect(body.errors).toBeUndefined();
    const child = body.data._entities[0];
    const vve = data.vveIndications.get(indicated.kindId);
    expect(child.childcarePlacement).toEqual(expectedPlacement(indicated.kindId));
    expect(child.vveIndication).toEqual(
      vve && { indicatedOn: vve.indicationDate, indicatedBy: 'JGZ', reason: EXPECTED.reason[vve.reasonCode], programme: vve.programme, hoursPerWeek: vve.hoursPerWeek, validUntil: vve.validUntil },
    );
    expect(child.childcareObservations).toEqual(expectedObservations(indicated.kindId));
  });

  it('maps a care signal and a handover form', async () => {
    const signals = await asCaller(entity(signalled.id, 'childcareCareSignals { signalledOn concern discussedWithParents followUp }'), as('CHILDCARE_WORKER', signalled.locationId, 'SIGNALLING'));
    expect(signals.body.data._entities[0].childcareCareSignals).toEqual(
      (data.careSignals.get(signalled.kindId) ?? []).map((s) => ({ signalledOn: s.signalDate, concern: EXPECTED.concern[s.concernCode], discussedWithParents: s.discussedWithParents, followUp: EXPECTED.followUp[s.followUpCode] })),
    );
    const form = data.handovers.get(leaver.kindId);
    const handover = await asCaller(
      entity(leaver.id, 'childcareHandoverForm { drawnUpOn receivingSchool { id } parentsConsented warmHandoverMeeting attendedVve summary attentionPoints } childcarePlacement { endedOn }'),
      as('CHILDCARE_WORKER', leaver.locationId, 'WARM_HANDOVER'),
    );
    expect(handover.body.errors).toBeUndefined();
    expect(handover.body.data._entities[0]).toEqual({
      childcareHandoverForm: form && {
        drawnUpOn: form.formDate,
        receivingSchool: { id: receivingSchool },
        parentsConsented: form.parentConsent,
        warmHandoverMeeting: form.warmHandoverMeeting,
        attendedVve: form.attendedVve,
        summary: form.summary,
        attentionPoints: form.attentionPoints,
      },
      childcarePlacement: { endedOn: data.placements.get(leaver.kindId)?.endDate },
    });
  });

  it("maps every placed child of a location, covering the partner's codes", async () => {
    const location = indicated.locationId;
    const placed = data.children.filter((c) => c.locationId === location);
    const { body } = await asCaller(
      `{ _entities(representations: [{ __typename: "Organisation", id: "${location}" }]) { ... on Organisation { placedChildren(first: 500) { id ${PLACEMENT} ${OBSERVATIONS} } } } }`,
      as('CHILDCARE_WORKER', location, 'SIGNALLING'),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].placedChildren).toEqual(
      placed.map((c) => ({ id: pseudonymFor(c.bsn, DEMO_PSEUDONYM_KEY), childcarePlacement: expectedPlacement(c.kindId), childcareObservations: expectedObservations(c.kindId) })),
    );
    const seen = JSON.stringify(body.data);
    for (const code of ['DAYCARE', 'PRESCHOOL', 'ON_TRACK', 'BEHIND', 'AHEAD', ...Object.values(EXPECTED.domain)]) expect(seen).toContain(`"${code}"`);
  });
});

describe('per-child privacy at the childcare subgraph', () => {
  it("releases care signals to the child's own location, not to another, and does not ask the partner for the other", async () => {
    await resetCalls();
    const denied = await asCaller(entity(signalled.id, 'childcareCareSignals { signalledOn concern }'), as('CHILDCARE_WORKER', otherLocation(signalled.locationId), 'SIGNALLING'));
    expect(denied.body.data._entities[0].childcareCareSignals).toBeNull();
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
    expect(JSON.stringify(denied.body)).not.toMatch(/DEVELOPMENT|BEHAVIOUR|HOME_SITUATION|NEGLECT|HEALTH|\d{4}-\d{2}-\d{2}/);
    expect((await calls())['/v2/care-signals']).toBeUndefined();
  });

  it("releases the handover form to a school's care coordinator only for a warm handover with the parents' consent", async () => {
    const query = entity(leaver.id, 'childcareHandoverForm { drawnUpOn attendedVve }');
    await resetCalls();
    const withoutConsent = await asCaller(query, as('SCHOOL_CARE_COORDINATOR', receivingSchool, 'WARM_HANDOVER'));
    expect(withoutConsent.body.data._entities[0].childcareHandoverForm).toBeNull();
    expect(withoutConsent.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
    expect((await calls())['/v2/handovers']).toBeUndefined();

    bed.grants.set(receivingSchool, leaver.id, { consent: true });
    const withConsent = await asCaller(query, as('SCHOOL_CARE_COORDINATOR', receivingSchool, 'WARM_HANDOVER'));
    expect(withConsent.body.data._entities[0].childcareHandoverForm).toEqual({ drawnUpOn: data.handovers.get(leaver.kindId)?.formDate, attendedVve: data.handovers.get(leaver.kindId)?.attendedVve });
    // Consent for a warm handover does not open the form for a case discussion, nor the care signals.
    const otherPurpose = await asCaller(query, as('SCHOOL_CARE_COORDINATOR', receivingSchool, 'CASE_DISCUSSION'));
    expect(otherPurpose.body.data._entities[0].childcareHandoverForm).toBeNull();
    expect(otherPurpose.body.errors?.[0]?.message).toContain('WARM_HANDOVER');
  });

  it('releases to a case director as case participant with consent from AVE phase 2, and care signals without consent from phase 3', async () => {
    const query = entity(signalled.id, 'childcarePlacement { group } childcareCareSignals { concern }');
    const director = () => as('CASE_DIRECTOR', 'gemeente-demo', 'CASE_DISCUSSION');
    bed.grants.set('gemeente-demo', signalled.id, { caseParticipant: true, consent: true, casePhase: 1 });
    await resetCalls();
    const phaseOne = await asCaller(query, director());
    expect(phaseOne.body.data._entities[0]).toEqual({ childcarePlacement: null, childcareCareSignals: null });
    expect(phaseOne.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN_FIELD', 'FORBIDDEN_FIELD']);
    expect(await calls()).toEqual({});

    bed.grants.set('gemeente-demo', signalled.id, { caseParticipant: true, consent: true, casePhase: 2 });
    const phaseTwo = await asCaller(query, director());
    expect(phaseTwo.body.errors).toBeUndefined();
    expect(phaseTwo.body.data._entities[0].childcarePlacement).toEqual({ group: data.placements.get(signalled.kindId)?.groupName });

    bed.grants.set('gemeente-demo', signalled.id, { caseParticipant: true, consent: false, casePhase: 3 });
    const phaseThree = await asCaller(query, director());
    expect(phaseThree.body.errors).toBeUndefined();
    expect(phaseThree.body.data._entities[0].childcareCareSignals).toHaveLength(data.careSignals.get(signalled.kindId)?.length ?? -1);
  });

  it('releases the VVE indication and observations to JGZ with consent, never the care signals', async () => {
    const query = entity(indicated.id, 'vveIndication { reason } childcareObservations { domain }');
    const jgz = () => as('JGZ_PROFESSIONAL', 'ggd-regio', 'CASE_DISCUSSION');
    const before = await asCaller(query, jgz());
    expect(before.body.data._entities[0]).toEqual({ vveIndication: null, childcareObservations: null });
    bed.grants.set('ggd-regio', indicated.id, { consent: true });
    const after = await asCaller(query, jgz());
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data._entities[0].vveIndication).toEqual({ reason: EXPECTED.reason[data.vveIndications.get(indicated.kindId)?.reasonCode ?? 'TAAL'] });
    const signals = await asCaller(entity(indicated.id, 'childcareCareSignals { concern }'), jgz());
    expect(signals.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
  });

  it("does not list another location's placed children", async () => {
    const { body } = await asCaller(
      `{ _entities(representations: [{ __typename: "Organisation", id: "${indicated.locationId}" }]) { ... on Organisation { placedChildren { id } } } }`,
      as('CHILDCARE_WORKER', otherLocation(indicated.locationId), 'SIGNALLING'),
    );
    expect(body.data._entities[0].placedChildren).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
  });
});

describe('batching', () => {
  it("lists a location's placed children and loads their records with one partner call per resource", async () => {
    await resetCalls();
    const { body } = await asCaller(
      `{ _entities(representations: [{ __typename: "Organisation", id: "${indicated.locationId}" }]) { ... on Organisation {
          placedChildren(first: 25) { id childcarePlacement { group } vveIndication { reason } childcareObservations { level } childcareCareSignals { concern } } } } }`,
      as('CHILDCARE_WORKER', indicated.locationId, 'CASE_DISCUSSION'),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].placedChildren.length).toBeGreaterThan(5);
    expect(await calls()).toEqual({ '/v2/placements': 1, '/v2/vve-indications': 1, '/v2/observations': 1, '/v2/care-signals': 1 });
  });
});
