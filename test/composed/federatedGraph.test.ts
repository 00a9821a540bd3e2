import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePoliceData } from '../../demo/partners/police/policeData.ts';
import { generateVeiligThuisData } from '../../demo/partners/veiligthuis/veiligThuisData.ts';
import { DEMO_PSEUDONYM_KEY } from '../../subgraphs/kit/config.ts';
import { pseudonymFor } from '../../subgraphs/kit/pseudonym.ts';
import { changePhase, openCase, recordConsent } from '../harness/casusSetup.ts';
import { demoChildren, pick } from '../harness/demoChildren.ts';
import { startTestHub, TEST_POPULATION, type TestHub } from '../harness/testHub.ts';

// The federated graph as a front-end uses it: one query across all six subgraphs for one child,
// and list queries that cost one call per partner system, not one per child.
let hub: TestHub;
const children = demoChildren(TEST_POPULATION);
const subject = pick(children, 'is a pupil with a Veilig Thuis dossier and a police registration', (c) => !!c.school && c.hasVeiligThuisDossier && c.hasPoliceRegistration);
const vt = generateVeiligThuisData(TEST_POPULATION);
const police = generatePoliceData(TEST_POPULATION);
const dossier = vt.dossiers.find((d) => pseudonymFor(d.bsnKind, DEMO_PSEUDONYM_KEY) === subject.id);
const person = police.personen.find((p) => pseudonymFor(p.bsn, DEMO_PSEUDONYM_KEY) === subject.id);
const director = { role: 'CASE_DIRECTOR', org: 'gemeente-demo', purpose: 'CASE_DISCUSSION' } as const;

beforeAll(async () => {
  hub = await startTestHub();
  const caseId = await openCase(hub, subject, [{ org: subject.school ?? '', role: 'SCHOOL_CARE_COORDINATOR' }], 2);
  await changePhase(hub, caseId, 3);
  await recordConsent(hub, subject, 'CASE_DISCUSSION', 'gemeente-demo');
});
afterAll(async () => {
  await hub?.close();
});

describe('the federated graph', () => {
  it('answers one query across all six subgraphs for one child, consistently', async () => {
    await hub.resetPartnerCalls();
    const { body } = await hub.query(
      director,
      /* GraphQL */ `query OneChild($id: ID!) {
        child(id: $id) {
          id
          openCase { phase child { id } }
          schoolEnrolment { group school { id name type } }
          childcarePlacement { __typename }
          jgzCareSummary { openActivities }
          veiligThuisSafetyAssessment { date outcome }
          policeRegistrations { registeredOn }
        }
      }`,
      { id: subject.id },
    );
    expect(body.errors).toBeUndefined();
    const child = body.data.child;
    expect(child.openCase).toEqual({ phase: 3, child: { id: subject.id } });
    expect(child.schoolEnrolment.school).toMatchObject({ id: subject.school, type: 'SCHOOL' });
    expect(child.schoolEnrolment.school.name).toMatch(/\(demo\)$/);
    expect(typeof child.jgzCareSummary.openActivities).toBe('number');
    const assessment = dossier && vt.beoordelingen.get(dossier.dossiernummer);
    expect(child.veiligThuisSafetyAssessment?.date ?? null).toBe(assessment?.datum ?? null);
    expect(child.policeRegistrations).toHaveLength(person ? (police.registraties.get(person.persoonsnummer)?.length ?? 0) + (police.zorgmeldingen.get(person.persoonsnummer)?.length ?? 0) : 0);
    // Every partner system with data on the query was asked, once.
    expect((await hub.partnerCalls('school'))['/api/v1/leerlingen']).toBe(1);
    expect((await hub.partnerCalls('veiligthuis'))['/registratie/api/veiligheidsbeoordelingen']).toBe(1);
    expect((await hub.partnerCalls('police'))['/bvh/v1/registraties']).toBe(1);
  });

  it('loads a page of pupils with one call per partner resource, not one per child', async () => {
    await hub.resetPartnerCalls();
    const { body } = await hub.query(
      { role: 'SCHOOL_CARE_COORDINATOR', org: subject.school ?? '', purpose: 'CASE_DISCUSSION' },
      /* GraphQL */ `query ($school: ID!) { organisation(id: $school) { pupils(first: 40) { id schoolEnrolment { group } schoolAbsences { date } supportNeeds { level } } } }`,
      { school: subject.school },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.organisation.pupils.length).toBeGreaterThan(20);
    const calls = await hub.partnerCalls('school');
    expect(calls['/api/v1/leerlingen']).toBe(1);
    expect(calls['/api/v1/verzuim']).toBe(1);
    expect(calls['/api/v1/ondersteuning']).toBe(1);
  });

  it('loads many JGZ clients from the FHIR system with one search per resource', async () => {
    await hub.resetPartnerCalls();
    const { body } = await hub.query(
      { role: 'JGZ_PROFESSIONAL', org: 'ggd-regio', purpose: 'CASE_DISCUSSION' },
      /* GraphQL */ `{ organisation(id: "ggd-regio") { jgzClients(first: 60) { id jgzContacts { __typename } vaccinations { __typename } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.organisation.jgzClients).toHaveLength(60);
    const calls = await hub.partnerCalls('ggd');
    expect(calls['/fhir/Encounter']).toBe(1);
    expect(calls['/fhir/Immunization']).toBe(1);
  });
});
