import { afterAll, beforeAll, expect, it } from 'vitest';
import { PEOPLE, dataOf, startCasusTestbed, type CasusTestbed, type Person } from './test/casusTestbed.ts';
import { caseFromMatch, escalate, parentsConsent, participant } from './test/caseFixture.ts';
import { ADD_PARTICIPANT, CHANGE_PHASE } from './test/operations.ts';
import { describeEachStore } from './test/storeVariants.ts';
import { TestClock } from './test/testClock.ts';

// The AVE model decides who sees a case: phase 2 with consent, phase 3 and 4 on a legal basis,
// the case director always as regisseur; non-participants and closed cases never.
describeEachStore('who sees a case, per child', (kind) => {
  let bed: CasusTestbed;
  const clock = new TestClock();
  let child: string;
  let caseId: string;
  beforeAll(async () => {
    bed = await startCasusTestbed(await kind.open(), clock);
    ({ child, caseId } = await caseFromMatch(bed, clock, 1));
    dataOf(await bed.as(PEOPLE.director, 'CASE_DISCUSSION')(ADD_PARTICIPANT, { input: { caseId, participant: participant(PEOPLE.pm) } }));
  });
  afterAll(() => bed?.close());

  const viewOf = async (person: Person) => {
    const answer = await bed.as(person, 'CASE_DISCUSSION')(
      `{ myCases { id phase goals { id } } _entities(representations: [{ __typename: "Child", id: "${child}" }]) { ... on Child { openCase { id phase } } } }`,
    );
    return { cases: answer.body.data.myCases, openCase: answer.body.data._entities[0].openCase, errors: answer.body.errors ?? [] };
  };
  const phaseTo = (phase: number) => escalate(bed, caseId, phase);

  it('releases a phase-2 case to the director, and to a participant only with consent', async () => {
    expect((await viewOf(PEOPLE.director)).cases).toEqual([{ id: caseId, phase: 2, goals: [] }]);
    const school = await viewOf(PEOPLE.ibEsdoorn);
    expect(school.cases).toEqual([{ id: caseId, phase: null, goals: null }]);
    expect(school.errors.map((e) => e.extensions?.code)).toContain('FORBIDDEN_FIELD');
    expect(school.errors[0]?.message).toMatch(/valid consent for this purpose and your organisation/);
    await parentsConsent(bed, child, PEOPLE.ibEsdoorn, 'CASE_DISCUSSION');
    expect((await viewOf(PEOPLE.ibEsdoorn)).cases).toEqual([{ id: caseId, phase: 2, goals: [] }]);
    // Consent covers the school only, and the police see cases from phase 3 on, never on consent.
    await parentsConsent(bed, child, PEOPLE.police, 'CASE_DISCUSSION');
    expect((await viewOf(PEOPLE.police)).cases).toEqual([{ id: caseId, phase: null, goals: null }]);
    expect((await viewOf(PEOPLE.jgz)).cases).toEqual([{ id: caseId, phase: null, goals: null }]);
  });

  it('releases a phase-3 case on the legal basis to participants without consent, but not to childcare', async () => {
    await phaseTo(3);
    expect((await viewOf(PEOPLE.police)).cases).toEqual([{ id: caseId, phase: 3, goals: [] }]);
    expect((await viewOf(PEOPLE.jgz)).openCase).toEqual({ id: caseId, phase: 3 });
    expect((await viewOf(PEOPLE.pm)).cases).toEqual([{ id: caseId, phase: null, goals: null }]);
  });

  it('releases nothing to an organisation that does not take part, not even that a case exists', async () => {
    const outsider = await viewOf(PEOPLE.ibKompas);
    expect(outsider.cases).toEqual([]);
    expect(outsider.openCase).toBeNull();
    expect(outsider.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN_FIELD']);
    expect(JSON.stringify(outsider.errors)).not.toContain(caseId);
    const byId = await bed.as(PEOPLE.ibKompas, 'CASE_DISCUSSION')(`{ case(id: "${caseId}") { id } }`);
    expect(dataOf(byId).case).toBeNull();
  });

  it('shows a de-escalated phase-1 case only to its director', async () => {
    await phaseTo(1);
    expect((await viewOf(PEOPLE.director)).cases).toEqual([{ id: caseId, phase: 1, goals: [] }]);
    expect((await viewOf(PEOPLE.ibEsdoorn)).cases).toEqual([{ id: caseId, phase: null, goals: null }]);
  });

  it('refuses roles outside the case table and purposes other than case discussion before any lookup', async () => {
    const officer = await bed.as(PEOPLE.leerplicht, 'COMPULSORY_EDUCATION')('{ myCases { id } }');
    expect(officer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
    expect(officer.body.data.myCases).toBeNull();
    const signalling = await bed.as(PEOPLE.director, 'SIGNALLING')('{ myCases { id } }');
    expect(signalling.body.errors?.[0]?.message).toMatch(/for purpose CASE_DISCUSSION/);
  });
});
