import { afterAll, beforeAll, expect, it } from 'vitest';
import { PEOPLE, childId, dataOf, refusalOf, startCasusTestbed, type CasusTestbed } from './test/casusTestbed.ts';
import { caseFromMatch, participant } from './test/caseFixture.ts';
import { ADD_PARTICIPANT, CHANGE_PHASE, CLOSE_CASE, CONFIRM_PHASE_CHANGE, MY_CASES, OPEN_CASE, REGISTER_SIGNAL } from './test/operations.ts';
import { describeEachStore } from './test/storeVariants.ts';
import { TestClock } from './test/testClock.ts';

describeEachStore('cases and AVE phases', (kind) => {
  let bed: CasusTestbed;
  const clock = new TestClock();
  beforeAll(async () => {
    bed = await startCasusTestbed(await kind.open(), clock);
  });
  afterAll(() => bed?.close());
  const director = () => bed.as(PEOPLE.director, 'CASE_DISCUSSION');

  it('opens a case from a match: the director and the signalling contacts take part, phase 2 with its history', async () => {
    const { child, opened } = await caseFromMatch(bed, clock, 1);
    expect(opened).toMatchObject({ status: 'OPEN', phase: 2, version: 1, child: { id: child }, caseDirector: { id: 'regisseur-a', name: 'Regisseur A' } });
    expect(opened.participants.map((p: { professional: { id: string }; role: string }) => [p.professional.id, p.role])).toEqual([
      ['regisseur-a', 'CASE_DIRECTOR'],
      ['ib-esdoorn', 'SCHOOL_CARE_COORDINATOR'],
      ['jgz-verpleegkundige', 'JGZ_PROFESSIONAL'],
      ['wijkagent', 'POLICE_OFFICER'],
    ]);
    expect(opened.phaseHistory).toEqual([
      { from: null, to: 2, changedBy: { id: 'regisseur-a' }, changedAt: clock.now().toISOString(), reason: 'Zorgen op school en bij de JGZ', administrativeDirection: null, confirmedBy: null },
    ]);
    const again = await director()(OPEN_CASE, { input: { childId: child, caseDirectorName: 'x' } });
    expect(refusalOf(again)).toEqual({ code: 'CONFLICT', reason: 'CASE_ALREADY_OPEN' });
  });

  it('opens no case without an open signal, nor by a case director outside the municipality', async () => {
    const lonely = await director()(OPEN_CASE, { input: { childId: childId(2), caseDirectorName: 'Regisseur A' } });
    expect(refusalOf(lonely)).toEqual({ code: 'BAD_USER_INPUT', reason: 'NO_OPEN_SIGNAL' });
    await bed.as(PEOPLE.ibKompas, 'SIGNALLING')(REGISTER_SIGNAL, { input: { childId: childId(2), childBirthDate: '2015-01-01', contactName: 'IB' } });
    const stranger = { ...PEOPLE.director, organisation: 'school-kompas' };
    const answer = await bed.as(stranger, 'CASE_DISCUSSION')(OPEN_CASE, { input: { childId: childId(2), caseDirectorName: 'x' } });
    expect(refusalOf(answer)).toEqual({ code: 'FORBIDDEN_OPERATION', reason: 'WRONG_ORGANISATION_TYPE' });
    const school = await bed.as(PEOPLE.ibKompas, 'CASE_DISCUSSION')(OPEN_CASE, { input: { childId: childId(2), caseDirectorName: 'x' } });
    expect(school.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
  });

  it('writes nothing of a case whose opening fails halfway: no case, no participant, no professional', async () => {
    await bed.as(PEOPLE.ibKompas, 'SIGNALLING')(REGISTER_SIGNAL, { input: { childId: childId(8), childBirthDate: '2015-01-01', contactName: 'IB' } });
    const newcomer = { organisationId: 'kdv-boomhut', professionalId: 'pm-boomhut-new', professionalName: 'Nieuwe PM', role: 'CHILDCARE_WORKER' };
    const answer = await director()(OPEN_CASE, {
      input: { childId: childId(8), caseDirectorName: 'Regisseur A', participants: [newcomer, { ...newcomer, professionalId: 'x', role: 'PRIVACY_OFFICER' }] },
    });
    expect(refusalOf(answer)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    const professional = dataOf(await director()(`{ _entities(representations: [{ __typename: "Professional", id: "pm-boomhut-new" }]) { ... on Professional { id } } }`));
    expect(professional._entities).toEqual([null]);
    expect(await bed.store.childrenOfOrganisation('kdv-boomhut')).not.toContain(childId(8));
    const [file] = await bed.store.readChildren([childId(8)]);
    expect(file?.cases).toEqual([]);
  });

  it('escalates 2 → 3 → 4 with who proposed, who confirmed, when and why, and who holds administrative direction at 4', async () => {
    const { caseId } = await caseFromMatch(bed, clock, 3);
    clock.advanceDays(14);
    const proposed = dataOf(await director()(CHANGE_PHASE, { input: { caseId, phase: 3, reason: 'Problemen op meerdere domeinen' } })).changePhase;
    expect(proposed).toMatchObject({ phase: 2, version: 2, pendingPhaseChange: { to: 3, reason: 'Problemen op meerdere domeinen', proposedBy: { id: 'regisseur-a' } } });
    const three = dataOf(await bed.as(PEOPLE.police, 'CASE_DISCUSSION')(CONFIRM_PHASE_CHANGE, { input: { caseId, confirmerName: PEOPLE.police.name } })).confirmPhaseChange;
    expect(three).toMatchObject({ phase: 3, version: 3, pendingPhaseChange: null });
    expect(three.phaseHistory[1]).toEqual({ to: 3, changedBy: { id: 'regisseur-a' }, confirmedBy: { id: 'wijkagent' } });
    clock.advanceDays(1);
    dataOf(await director()(CHANGE_PHASE, { input: { caseId, phase: 4, reason: 'Acuut gevaar', administrativeDirection: 'Burgemeester gemeente Demo' } }));
    const four = dataOf(await bed.as(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION')(CONFIRM_PHASE_CHANGE, { input: { caseId, confirmerName: 'IB Esdoorn' } }))
      .confirmPhaseChange;
    expect(four.phase).toBe(4);
    const viewed = dataOf(await director()(MY_CASES)).myCases.find((c: { id: string }) => c.id === caseId);
    expect(viewed.administrativeDirection).toBe('Burgemeester gemeente Demo');
    expect(viewed.phaseHistory.map((h: { from: number | null; to: number }) => [h.from, h.to])).toEqual([[null, 2], [2, 3], [3, 4]]);
    expect(viewed.phaseHistory[2]).toMatchObject({ changedBy: { id: 'regisseur-a' }, confirmedBy: { id: 'ib-esdoorn' }, changedAt: clock.now().toISOString(), reason: 'Acuut gevaar' });
    // Down again takes effect at once: it shares no more than before.
    const down = dataOf(await director()(CHANGE_PHASE, { input: { caseId, phase: 3, reason: 'Gestabiliseerd' } })).changePhase;
    expect(down).toMatchObject({ phase: 3, administrativeDirection: null, pendingPhaseChange: null });
  });

  it('refuses invalid phase changes with INVALID_PHASE_CHANGE', async () => {
    const { caseId } = await caseFromMatch(bed, clock, 4);
    const refusals = await Promise.all([
      director()(CHANGE_PHASE, { input: { caseId, phase: 5, reason: 'r' } }),
      director()(CHANGE_PHASE, { input: { caseId, phase: 2, reason: 'r' } }),
      director()(CHANGE_PHASE, { input: { caseId, phase: 4, reason: 'r' } }),
      director()(CHANGE_PHASE, { input: { caseId, phase: 3, reason: 'r', administrativeDirection: 'Wethouder' } }),
    ]);
    for (const answer of refusals) expect(refusalOf(answer)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_PHASE_CHANGE' });
    const blank = await director()(CHANGE_PHASE, { input: { caseId, phase: 3, reason: '  ' } });
    expect(refusalOf(blank)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
  });

  it('lets only this case’s director change the phase or add participants', async () => {
    const { caseId } = await caseFromMatch(bed, clock, 5);
    const colleague = await bed.as(PEOPLE.otherDirector, 'CASE_DISCUSSION')(CHANGE_PHASE, { input: { caseId, phase: 3, reason: 'r' } });
    expect(refusalOf(colleague)).toEqual({ code: 'FORBIDDEN_OPERATION', reason: 'NOT_CASE_DIRECTOR' });
    const school = await bed.as(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION')(CHANGE_PHASE, { input: { caseId, phase: 3, reason: 'r' } });
    expect(school.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
    const added = dataOf(await director()(ADD_PARTICIPANT, { input: { caseId, participant: participant(PEOPLE.pm) } })).addParticipant;
    expect(added.participants.at(-1)).toEqual({ professional: { id: 'pm-zonnetje' }, role: 'CHILDCARE_WORKER' });
    const mismatched = await director()(ADD_PARTICIPANT, { input: { caseId, participant: { ...participant(PEOPLE.pm), organisationId: 'ggd-regio' } } });
    expect(refusalOf(mismatched)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
  });

  it('closes a case with a reason; then it releases nothing and accepts no change', async () => {
    const { child, caseId } = await caseFromMatch(bed, clock, 6, 3);
    const grants = async () => (await bed.grants(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION', [child]))[0];
    expect(await grants()).toEqual({ childId: child, caseParticipant: true, casePhase: 3, consent: false });
    const closed = dataOf(await director()(CLOSE_CASE, { input: { caseId, reason: 'Doelen bereikt' } })).closeCase;
    expect(closed).toEqual({ caseId, closedAt: clock.now().toISOString() });
    expect(await grants()).toEqual({ childId: child, caseParticipant: false, casePhase: null, consent: false });
    const cases = dataOf(await bed.as(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION')('{ myCases { id } }')).myCases;
    expect(cases.map((c: { id: string }) => c.id)).not.toContain(caseId);
    const viaCase = await bed.as(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION')(`{ case(id: "${caseId}") { id phase } }`);
    expect(dataOf(viaCase).case).toBeNull();
    const late = await director()(CHANGE_PHASE, { input: { caseId, phase: 2, reason: 'r' } });
    expect(refusalOf(late)).toEqual({ code: 'BAD_USER_INPUT', reason: 'CASE_CLOSED' });
    const outsider = await bed.as(PEOPLE.ibKompas, 'CASE_DISCUSSION')(CLOSE_CASE, { input: { caseId, reason: 'x' } });
    expect(refusalOf(outsider)).toEqual({ code: 'FORBIDDEN_FIELD', reason: undefined });
  });
});
