import { afterAll, beforeAll, expect, it } from 'vitest';
import { PEOPLE, childId, dataOf, refusalOf, startCasusTestbed, type CasusTestbed, type GraphQLAnswer, type Person } from './test/casusTestbed.ts';
import { caseFromMatch } from './test/caseFixture.ts';
import { CLOSE_CASE, PREPARE_HANDOVER, RECORD_CONSENT, WITHDRAW_CONSENT } from './test/operations.ts';
import { describeEachStore } from './test/storeVariants.ts';
import { TestClock } from './test/testClock.ts';

// Regression: any professional could record "the parents' consent" for any child and receiving
// organisation, its own included, and so release consent-gated data to itself (a school read a
// handover form addressed to another school; the JGZ read the VVE indication). Consent is now
// recorded where it is obtained: at the case table by the case director, or by the childcare
// organisation that prepared the warm handover, for its receiving school.
describeEachStore('who may record and withdraw consent', (kind) => {
  let bed: CasusTestbed;
  const clock = new TestClock();
  const ibWilg: Person = { role: 'SCHOOL_CARE_COORDINATOR', organisation: 'school-wilg', professional: 'ib-wilg', name: 'IB Wilg' };
  const pmSpeelhuis: Person = { role: 'CHILDCARE_WORKER', organisation: 'kdv-speelhuis', professional: 'pm-speelhuis', name: 'PM Speelhuis' };
  let child = '';
  beforeAll(async () => {
    bed = await startCasusTestbed(await kind.open(), clock);
    // Child 1 (aged 9): signalled by De Esdoorn and the JGZ, case open with the police; Het Zonnetje prepared its handover to De Esdoorn.
    ({ child } = await caseFromMatch(bed, clock, 1));
    dataOf(await handover(PEOPLE.pm, child, 'school-esdoorn'));
  });
  afterAll(() => bed?.close());

  function handover(person: Person, id: string, toSchoolId: string) {
    const input = { childId: id, toSchoolId, development: 'Speelt graag', vveProgramme: 'Piramide', vveDurationMonths: 12, pointsOfAttention: [] };
    return bed.as(person, 'WARM_HANDOVER')(PREPARE_HANDOVER, { input });
  }
  const record = (person: Person, purpose: 'CASE_DISCUSSION' | 'WARM_HANDOVER', organisationId: string, id = child) =>
    bed.as(person, purpose)(RECORD_CONSENT, {
      input: { childId: id, childBirthDate: clock.birthDateForAge(9), purpose, organisationId, givenBy: 'PARENT', validUntil: '2030-12-31' },
    });
  const grant = async (person: Person, purpose: 'CASE_DISCUSSION' | 'WARM_HANDOVER') =>
    (await bed.grants(person, purpose, [child]))[0]?.consent;
  const notEntitled = (answer: GraphQLAnswer) => {
    expect(refusalOf(answer)).toEqual({ code: 'FORBIDDEN_OPERATION', reason: 'NOT_ENTITLED_TO_RECORD_CONSENT' });
    expect(answer.body.data.recordConsent).toBeNull();
    return answer.body.errors?.[0]?.message;
  };

  it('lets no school, JGZ or other partner record consent for itself or anyone: the schema refuses their role', async () => {
    for (const [person, purpose, org] of [
      [ibWilg, 'WARM_HANDOVER', 'school-wilg'],
      [PEOPLE.jgz, 'CASE_DISCUSSION', 'ggd-regio'],
      [ibWilg, 'CASE_DISCUSSION', 'gemeente-demo'],
      [PEOPLE.ibEsdoorn, 'WARM_HANDOVER', 'school-esdoorn'],
    ] as const) {
      const answer = await record(person, purpose, org);
      expect(answer.body.errors?.[0]?.extensions?.code, `${person.organisation} ${purpose}`).toBe('FORBIDDEN_FIELD');
      expect(answer.body.data.recordConsent).toBeNull();
    }
    expect(await grant(ibWilg, 'WARM_HANDOVER')).toBe(false);
    expect(await grant(PEOPLE.jgz, 'CASE_DISCUSSION')).toBe(false);
    const director = await record(PEOPLE.director, 'WARM_HANDOVER', 'school-esdoorn');
    expect(director.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
  });

  it('takes CASE_DISCUSSION consent from the case director of the open case only, for a participating organisation', async () => {
    const refusals = [
      notEntitled(await record(PEOPLE.director, 'CASE_DISCUSSION', 'school-kompas')),
      notEntitled(await record(PEOPLE.otherDirector, 'CASE_DISCUSSION', 'school-esdoorn')),
      notEntitled(await record(PEOPLE.director, 'CASE_DISCUSSION', 'school-esdoorn', childId(404))),
    ];
    // One fixed answer: it does not tell whether the child has a file or a case, nor who directs it.
    expect(new Set(refusals).size).toBe(1);
    expect(refusals[0]).not.toContain(child);
    expect(await grant(PEOPLE.ibKompas, 'CASE_DISCUSSION')).toBe(false);
    expect(dataOf(await record(PEOPLE.director, 'CASE_DISCUSSION', 'ggd-regio')).recordConsent.status).toBe('VALID');
    expect(await grant(PEOPLE.jgz, 'CASE_DISCUSSION')).toBe(true);
  });

  it('takes WARM_HANDOVER consent from the childcare that prepared the handover only, for its receiving school', async () => {
    const refusals = [
      notEntitled(await record(PEOPLE.pm, 'WARM_HANDOVER', 'school-kompas')),
      notEntitled(await record(pmSpeelhuis, 'WARM_HANDOVER', 'school-esdoorn')),
      notEntitled(await record(PEOPLE.pm, 'WARM_HANDOVER', 'school-esdoorn', childId(405))),
    ];
    expect(new Set(refusals).size).toBe(1);
    expect(await grant(PEOPLE.ibKompas, 'WARM_HANDOVER')).toBe(false);
    expect(dataOf(await record(PEOPLE.pm, 'WARM_HANDOVER', 'school-esdoorn')).recordConsent.status).toBe('VALID');
    expect(await grant(PEOPLE.ibEsdoorn, 'WARM_HANDOVER')).toBe(true);
  });

  it('lets the recorder, the receiving organisation and the case director withdraw, and tells anyone else there is no such consent', async () => {
    const consentFor = async (purpose: 'CASE_DISCUSSION' | 'WARM_HANDOVER', recorder: Person, org: string) =>
      dataOf(await record(recorder, purpose, org)).recordConsent.id as string;
    const withdraw = (person: Person, id: string) => bed.as(person, 'WARM_HANDOVER')(WITHDRAW_CONSENT, { id });

    const handoverConsent = await consentFor('WARM_HANDOVER', PEOPLE.pm, 'school-esdoorn');
    for (const outsider of [pmSpeelhuis, PEOPLE.police, PEOPLE.ibKompas]) {
      expect(refusalOf(await withdraw(outsider, handoverConsent)), outsider.organisation).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
    }
    expect(dataOf(await withdraw(PEOPLE.director, handoverConsent)).withdrawConsent.status).toBe('WITHDRAWN');

    const caseConsent = await consentFor('CASE_DISCUSSION', PEOPLE.director, 'school-esdoorn');
    expect(refusalOf(await withdraw(PEOPLE.jgz, caseConsent))).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
    expect(dataOf(await withdraw(PEOPLE.ibEsdoorn, caseConsent)).withdrawConsent.status).toBe('WITHDRAWN');
  });

  it('takes no CASE_DISCUSSION consent once the case is closed', async () => {
    const { child: closed, caseId } = await caseFromMatch(bed, clock, 2);
    dataOf(await bed.as(PEOPLE.director, 'CASE_DISCUSSION')(CLOSE_CASE, { input: { caseId, reason: 'Doelen bereikt' } }));
    notEntitled(await record(PEOPLE.director, 'CASE_DISCUSSION', 'school-esdoorn', closed));
  });
});
