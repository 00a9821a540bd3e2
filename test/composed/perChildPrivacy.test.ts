import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changePhase, closeCase, openCase, recordParentConsent, withdrawConsent } from '../harness/casusSetup.ts';
import { demoChildren, pick } from '../harness/demoChildren.ts';
import { startTestHub, TEST_POPULATION, type TestHub } from '../harness/testHub.ts';

// Per-child conditions, decided at the subgraphs from the casus subgraph's grants, through the
// gateway with real tokens: own organisation, case participant, AVE phase, consent.
let hub: TestHub;
const children = demoChildren(TEST_POPULATION);
const schoolIds = [...new Set(children.map((c) => c.school).filter((s): s is string => s !== null))];

const errorAt = (body: { errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] }, path: (string | number)[]) =>
  body.errors?.find((error) => JSON.stringify(error.path) === JSON.stringify(path));

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});

describe('per-child release through the gateway', () => {
  it("shows a school its own pupil's absences, and not another school's pupil's", async () => {
    const pupil = pick(children, 'attends a school with recorded absences', (c) => c.school !== null);
    const otherSchool = schoolIds.find((id) => id !== pupil.school) ?? '';
    const query = /* GraphQL */ `query ($id: ID!) { child(id: $id) { schoolAbsences { date kind } } }`;
    const own = await hub.query({ role: 'SCHOOL_CARE_COORDINATOR', org: pupil.school ?? '', purpose: 'CASE_DISCUSSION' }, query, { id: pupil.id });
    expect(own.body.errors).toBeUndefined();
    expect(Array.isArray(own.body.data.child.schoolAbsences)).toBe(true);

    await hub.resetPartnerCalls();
    const other = await hub.query({ role: 'SCHOOL_CARE_COORDINATOR', org: otherSchool, purpose: 'CASE_DISCUSSION' }, query, { id: pupil.id });
    expect(other.body.data.child.schoolAbsences).toBeNull();
    expect(errorAt(other.body, ['child', 'schoolAbsences'])?.extensions?.code).toBe('FORBIDDEN_FIELD');
    expect(JSON.stringify(other.body)).not.toMatch(/SICK|AUTHORISED|UNAUTHORISED|LATE/);
    expect((await hub.partnerCalls('school'))['/api/v1/verzuim']).toBeUndefined();
  });

  it('shows case data to a participant and not to a non-participant of the same role; a closed case releases nothing more', async () => {
    const child = pick(children, 'is a pupil with a Veilig Thuis dossier', (c) => c.school !== null && c.hasVeiligThuisDossier);
    const participantSchool = child.school ?? '';
    const outsider = schoolIds.find((id) => id !== participantSchool) ?? '';
    // Veilig Thuis's status feedback goes to participants on the legal basis (AVE phase 3), or with consent in phase 2.
    const caseId = await openCase(hub, child, [{ org: participantSchool, role: 'SCHOOL_CARE_COORDINATOR' }], 3);
    const query = /* GraphQL */ `query ($id: ID!) { child(id: $id) { veiligThuisStatus { __typename } } }`;
    const asSchool = (org: string) => hub.query({ role: 'SCHOOL_CARE_COORDINATOR', org, purpose: 'CASE_DISCUSSION' }, query, { id: child.id });

    const participant = await asSchool(participantSchool);
    expect(participant.body.errors).toBeUndefined();
    expect(participant.body.data.child.veiligThuisStatus).not.toBeNull();
    const nonParticipant = await asSchool(outsider);
    expect(nonParticipant.body.data.child.veiligThuisStatus).toBeNull();
    expect(errorAt(nonParticipant.body, ['child', 'veiligThuisStatus'])?.extensions?.code).toBe('FORBIDDEN_FIELD');

    await closeCase(hub, caseId);
    const afterClose = await asSchool(participantSchool);
    expect(afterClose.body.data.child.veiligThuisStatus).toBeNull();
    expect(errorAt(afterClose.body, ['child', 'veiligThuisStatus'])?.extensions?.code).toBe('FORBIDDEN_FIELD');
  });

  it('hides a field that needs AVE phase 3 at phase 2 and shows it after escalation', async () => {
    const child = pick(children, 'is a pupil with a police registration', (c) => c.school !== null && c.hasPoliceRegistration && c.age >= 4);
    const caseId = await openCase(hub, child, [{ org: 'politie-basisteam', role: 'POLICE_OFFICER' }], 2);
    const query = /* GraphQL */ `query ($id: ID!) { child(id: $id) { policeRegistrations { registeredOn } } }`;
    const asDirector = () => hub.query({ role: 'CASE_DIRECTOR', org: 'gemeente-demo', purpose: 'CASE_DISCUSSION' }, query, { id: child.id });

    const atPhase2 = await asDirector();
    expect(atPhase2.body.data.child.policeRegistrations).toBeNull();
    expect(errorAt(atPhase2.body, ['child', 'policeRegistrations'])?.message).toMatch(/AVE phase 3/);
    await changePhase(hub, caseId, 3);
    const atPhase3 = await asDirector();
    expect(atPhase3.body.errors).toBeUndefined();
    expect(atPhase3.body.data.child.policeRegistrations.length).toBeGreaterThan(0);
    await closeCase(hub, caseId);
  });

  it('releases a consent-based field while consent holds and hides it at once when it is withdrawn', async () => {
    const child = pick(children, 'is a pupil under 12', (c) => c.school !== null && c.age < 12 && !c.hasVeiligThuisDossier);
    const caseId = await openCase(hub, child, [{ org: child.school ?? '', role: 'SCHOOL_CARE_COORDINATOR' }], 2);
    const query = /* GraphQL */ `query ($id: ID!) { child(id: $id) { schoolEnrolment { group school { id } } } }`;
    const asDirector = () => hub.query({ role: 'CASE_DIRECTOR', org: 'gemeente-demo', purpose: 'CASE_DISCUSSION' }, query, { id: child.id });

    expect((await asDirector()).body.data.child.schoolEnrolment).toBeNull();
    const consentId = await recordParentConsent(hub, child, 'CASE_DISCUSSION', 'gemeente-demo');
    const withConsent = await asDirector();
    expect(withConsent.body.errors).toBeUndefined();
    expect(withConsent.body.data.child.schoolEnrolment.school.id).toBe(child.school);
    await withdrawConsent(hub, consentId);
    const withdrawn = await asDirector();
    expect(withdrawn.body.data.child.schoolEnrolment).toBeNull();
    expect(errorAt(withdrawn.body, ['child', 'schoolEnrolment'])?.message).toMatch(/consent/);
    await closeCase(hub, caseId);
  });
});
