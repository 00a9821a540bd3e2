import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryCasusStore } from '../../subgraphs/casus/store/memoryStore.ts';
import { childId, dataOf, startCasusTestbed, type CasusTestbed, type Person } from '../../subgraphs/casus/test/casusTestbed.ts';
import { participant } from '../../subgraphs/casus/test/caseFixture.ts';
import { InvolvementDouble } from '../../subgraphs/casus/test/involvementDouble.ts';
import { TestClock } from '../../subgraphs/casus/test/testClock.ts';
import type { Purpose } from '../../schema/vocabulary.ts';
import { ATTACKERS as A, MUTATIONS, handoverInput, leaked, refusal, type MutationName } from './adversary.ts';

// Every casus mutation tried by every professional who should not succeed: outsiders without a
// relation to the child, and insiders whose relation (participant, colleague, signaller) is not
// the one the rule asks for. Each refusal must carry its typed reason, write nothing (the child's
// file is re-read from the store) and show nothing of the child in its body.
let bed: CasusTestbed;
const clock = new TestClock('2026-09-01T09:00:00Z');
/** The child of the case: signalled by De Esdoorn and the JGZ, placed at Het Zonnetje. */
const X = childId(9001);
/** A child the hub has never heard of. */
const Y = childId(9002);
/** A child with only the municipality's stated-reason signal. */
const Z = childId(9003);
const bornX = clock.birthDateForAge(4);
const ids = { esdoornSignal: '', caseId: '', goalId: '', actionId: '', schoolConsent: '', ownConsent: '', handover: '', handoverConsent: '' };
const STATED = 'Broertje staat bij de leerplicht bekend (adv-geheim)';

beforeAll(async () => {
  const involvement = new InvolvementDouble({ everyone: false })
    .involve('school-esdoorn', X)
    .involve('ggd-regio', X)
    .involve('kdv-zonnetje', X);
  bed = await startCasusTestbed(new MemoryCasusStore(), clock, { involvement });
  const as = (person: Person, purpose: Purpose) => (name: MutationName, variables: Record<string, unknown>) => bed.as(person, purpose)(MUTATIONS[name], variables).then(dataOf);
  ids.esdoornSignal = (await as(A.ibEsdoorn, 'SIGNALLING')('registerSignal', { input: { childId: X, childBirthDate: bornX, contactName: A.ibEsdoorn.name } })).registerSignal.id;
  await as(A.jgz, 'SIGNALLING')('registerSignal', { input: { childId: X, childBirthDate: bornX, contactName: A.jgz.name } });
  await as(A.director, 'SIGNALLING')('registerSignal', { input: { childId: Z, childBirthDate: bornX, contactName: A.director.name, statedReason: STATED } });
  const director = as(A.director, 'CASE_DISCUSSION');
  ids.caseId = (await director('openCase', { input: { childId: X, caseDirectorName: A.director.name, participants: [participant(A.police)] } })).openCase.id;
  ids.goalId = (await director('addGoal', { input: { caseId: ids.caseId, description: 'Veilige thuissituatie (adv-geheim)' } })).addGoal.goals[0].id;
  const withAction = await director('addAction', {
    input: { caseId: ids.caseId, goalId: ids.goalId, description: 'Huisbezoek (adv-geheim)', ownerProfessionalId: A.police.professional, dueDate: '2026-10-01' },
  });
  ids.actionId = withAction.addAction.goals[0].actions[0].id;
  const consent = (organisationId: string) => ({ input: { childId: X, childBirthDate: bornX, purpose: 'CASE_DISCUSSION', organisationId, givenBy: 'PARENT', validUntil: '2030-12-31' } });
  ids.schoolConsent = (await director('recordConsent', consent('school-esdoorn'))).recordConsent.id;
  const own = (await director('recordConsent', consent('gemeente-demo'))).recordConsent;
  expect(own.status).toBe('AWAITING_CONFIRMATION');
  ids.ownConsent = own.id;
  expect((await director('changePhase', { input: { caseId: ids.caseId, phase: 3, reason: 'Zorgen nemen toe' } })).changePhase.pendingPhaseChange).toEqual({ to: 3 });
  const pm = as(A.pm, 'WARM_HANDOVER');
  ids.handover = (await pm('prepareWarmHandover', { input: handoverInput(X, bornX, 'school-esdoorn') })).prepareWarmHandover.id;
  ids.handoverConsent = (
    await pm('recordConsent', { input: { childId: X, childBirthDate: bornX, purpose: 'WARM_HANDOVER', organisationId: 'school-esdoorn', givenBy: 'PARENT', validUntil: '2030-12-31' } })
  ).recordConsent.id;
});
afterAll(() => bed?.close());

/** Everything the hub holds that an attacker might change: the three children's files and each organisation's index. */
async function state() {
  const files = await bed.store.readChildren([X, Y, Z]);
  const orgs = ['school-kompas', 'kdv-speelhuis', 'politie-basisteam', 'gemeente-demo', 'school-esdoorn'];
  return JSON.stringify({ files, index: await Promise.all(orgs.map((org) => bed.store.childrenOfOrganisation(org))) });
}

/** What no refusal may show: the case's ids and people, the plan, the handover text, the birth date, the stated reason. */
const secrets = () => [
  ...Object.values(ids),
  X,
  bornX,
  A.director.name,
  A.ibEsdoorn.name,
  A.jgz.name,
  A.police.name,
  'adv-geheim',
  STATED,
];

interface Attempt {
  who: string;
  person: Person;
  purpose: Purpose;
  variables: () => Record<string, unknown>;
  reason: string;
}

const consentInput = (childIdValue: string, purpose: Purpose, organisationId: string) => ({
  input: { childId: childIdValue, childBirthDate: bornX, purpose, organisationId, givenBy: 'PARENT', validUntil: '2030-12-31' },
});
const signal = (childIdValue: string, extra: Record<string, unknown> = {}) => ({ input: { childId: childIdValue, childBirthDate: bornX, contactName: 'Nieuwsgierig', ...extra } });
const caseInput = (extra: Record<string, unknown>) => () => ({ input: { caseId: ids.caseId, ...extra } });
const newcomer = { organisationId: 'school-kompas', professionalId: 'ib-kompas', professionalName: 'IB Kompas', role: 'SCHOOL_CARE_COORDINATOR' };
/** Refused by the schema's role rule before any resolver runs. */
const ROLE = 'ROLE';

const ATTEMPTS: Record<MutationName, Attempt[]> = {
  registerSignal: [
    { who: 'a school without the pupil, on a child the hub knows', person: A.ibKompas, purpose: 'SIGNALLING', variables: () => signal(X), reason: 'NOT_INVOLVED' },
    { who: 'a school without the pupil, on a child nobody knows', person: A.ibKompas, purpose: 'SIGNALLING', variables: () => signal(Y), reason: 'NOT_INVOLVED' },
    { who: 'the police, a case participant without a file, stating a reason', person: A.police, purpose: 'SIGNALLING', variables: () => signal(X, { statedReason: STATED }), reason: 'NOT_INVOLVED' },
    { who: 'a childcare without the placement', person: A.pmSpeelhuis, purpose: 'SIGNALLING', variables: () => signal(X), reason: 'NOT_INVOLVED' },
    { who: 'the municipality without a stated reason', person: A.director, purpose: 'SIGNALLING', variables: () => signal(Y, { statedReason: 'omdat' }), reason: 'STATED_REASON_REQUIRED' },
    { who: 'a compulsory-education officer', person: A.leerplicht, purpose: 'SIGNALLING', variables: () => signal(X, { statedReason: STATED }), reason: ROLE },
    { who: 'a policy analyst', person: A.analyst, purpose: 'SIGNALLING', variables: () => signal(Y), reason: ROLE },
  ],
  withdrawSignal: [
    { who: 'another school', person: A.ibKompas, purpose: 'SIGNALLING', variables: () => ({ id: ids.esdoornSignal }), reason: 'NOT_FOUND' },
    { who: 'the JGZ, signaller of the same match', person: A.jgz, purpose: 'SIGNALLING', variables: () => ({ id: ids.esdoornSignal }), reason: 'NOT_FOUND' },
    { who: 'the case director', person: A.director, purpose: 'SIGNALLING', variables: () => ({ id: ids.esdoornSignal }), reason: 'NOT_FOUND' },
  ],
  openCase: [
    { who: 'a school care coordinator', person: A.ibEsdoorn, purpose: 'CASE_DISCUSSION', variables: () => ({ input: { childId: Z, caseDirectorName: 'IB' } }), reason: ROLE },
    { who: 'the director, on their own stated signal only', person: A.director, purpose: 'CASE_DISCUSSION', variables: () => ({ input: { childId: Z, caseDirectorName: 'Regisseur', phase: 3, reason: 'Alleen' } }), reason: 'NO_OPEN_SIGNAL' },
    { who: 'the director, on a child nobody signalled', person: A.director, purpose: 'CASE_DISCUSSION', variables: () => ({ input: { childId: Y, caseDirectorName: 'Regisseur' } }), reason: 'NO_OPEN_SIGNAL' },
    { who: 'a colleague director, beside the open case', person: A.otherDirector, purpose: 'CASE_DISCUSSION', variables: () => ({ input: { childId: X, caseDirectorName: 'Regisseur B' } }), reason: 'CASE_ALREADY_OPEN' },
  ],
  addParticipant: [
    { who: 'a colleague director of the same municipality', person: A.otherDirector, purpose: 'CASE_DISCUSSION', variables: caseInput({ participant: newcomer }), reason: 'NOT_CASE_DIRECTOR' },
    { who: 'a participant adding its neighbour', person: A.ibEsdoorn, purpose: 'CASE_DISCUSSION', variables: caseInput({ participant: newcomer }), reason: ROLE },
    { who: 'an outsider adding itself', person: A.ibKompas, purpose: 'CASE_DISCUSSION', variables: caseInput({ participant: newcomer }), reason: ROLE },
  ],
  changePhase: [
    { who: 'a colleague director', person: A.otherDirector, purpose: 'CASE_DISCUSSION', variables: caseInput({ phase: 4, reason: 'Opschalen', administrativeDirection: 'Burgemeester' }), reason: 'NOT_CASE_DIRECTOR' },
    { who: 'a participant', person: A.jgz, purpose: 'CASE_DISCUSSION', variables: caseInput({ phase: 3, reason: 'Opschalen' }), reason: ROLE },
  ],
  confirmPhaseChange: [
    { who: 'the director who proposed it', person: A.director, purpose: 'CASE_DISCUSSION', variables: caseInput({ confirmerName: 'Regisseur A' }), reason: 'CONFIRMATION_BY_OTHER_ORGANISATION' },
    { who: 'a colleague of the same municipality', person: A.otherDirector, purpose: 'CASE_DISCUSSION', variables: caseInput({ confirmerName: 'Regisseur B' }), reason: 'CONFIRMATION_BY_OTHER_ORGANISATION' },
    { who: 'a school not at the case table', person: A.ibKompas, purpose: 'CASE_DISCUSSION', variables: caseInput({ confirmerName: 'IB Kompas' }), reason: 'NOT_FOUND' },
    { who: 'a childcare not at the case table', person: A.pmSpeelhuis, purpose: 'CASE_DISCUSSION', variables: caseInput({ confirmerName: 'PM' }), reason: 'NOT_FOUND' },
    { who: 'a compulsory-education officer', person: A.leerplicht, purpose: 'CASE_DISCUSSION', variables: caseInput({ confirmerName: 'LPA' }), reason: ROLE },
    { who: 'a participant the director named, not involved by its own system', person: A.police, purpose: 'CASE_DISCUSSION', variables: caseInput({ confirmerName: 'Wijkagent' }), reason: 'NOT_INVOLVED' },
  ],
  addGoal: [
    { who: 'a colleague director', person: A.otherDirector, purpose: 'CASE_DISCUSSION', variables: caseInput({ description: 'Ander doel' }), reason: 'NOT_CASE_DIRECTOR' },
    { who: 'a participant', person: A.police, purpose: 'CASE_DISCUSSION', variables: caseInput({ description: 'Ander doel' }), reason: ROLE },
  ],
  addAction: [
    {
      who: 'a colleague director',
      person: A.otherDirector,
      purpose: 'CASE_DISCUSSION',
      variables: () => ({ input: { caseId: ids.caseId, goalId: ids.goalId, description: 'Actie', ownerProfessionalId: A.otherDirector.professional, dueDate: '2026-10-01' } }),
      reason: 'NOT_CASE_DIRECTOR',
    },
  ],
  updateAction: [
    { who: 'a participant who does not own it', person: A.ibEsdoorn, purpose: 'CASE_DISCUSSION', variables: () => ({ input: { caseId: ids.caseId, actionId: ids.actionId, status: 'DONE' } }), reason: 'NOT_ACTION_OWNER' },
    { who: "the owner's colleague", person: A.policeColleague, purpose: 'CASE_DISCUSSION', variables: () => ({ input: { caseId: ids.caseId, actionId: ids.actionId, status: 'CANCELLED' } }), reason: 'NOT_ACTION_OWNER' },
    { who: 'the case director', person: A.director, purpose: 'CASE_DISCUSSION', variables: () => ({ input: { caseId: ids.caseId, actionId: ids.actionId, status: 'DONE' } }), reason: 'NOT_ACTION_OWNER' },
    { who: 'an outsider', person: A.ibKompas, purpose: 'CASE_DISCUSSION', variables: () => ({ input: { caseId: ids.caseId, actionId: ids.actionId, status: 'DONE' } }), reason: 'NOT_FOUND' },
  ],
  closeCase: [
    { who: 'a colleague director', person: A.otherDirector, purpose: 'CASE_DISCUSSION', variables: caseInput({ reason: 'Gesloten' }), reason: 'NOT_CASE_DIRECTOR' },
    { who: 'a participant', person: A.ibEsdoorn, purpose: 'CASE_DISCUSSION', variables: caseInput({ reason: 'Gesloten' }), reason: ROLE },
  ],
  recordConsent: [
    { who: 'a colleague director', person: A.otherDirector, purpose: 'CASE_DISCUSSION', variables: () => consentInput(X, 'CASE_DISCUSSION', 'school-esdoorn'), reason: 'NOT_ENTITLED_TO_RECORD_CONSENT' },
    { who: 'the director, for an organisation outside the case', person: A.director, purpose: 'CASE_DISCUSSION', variables: () => consentInput(X, 'CASE_DISCUSSION', 'school-kompas'), reason: 'NOT_ENTITLED_TO_RECORD_CONSENT' },
    { who: 'the director, on a child without a case', person: A.director, purpose: 'CASE_DISCUSSION', variables: () => consentInput(Z, 'CASE_DISCUSSION', 'gemeente-demo'), reason: 'NOT_ENTITLED_TO_RECORD_CONSENT' },
    { who: 'a childcare without the placement', person: A.pmSpeelhuis, purpose: 'WARM_HANDOVER', variables: () => consentInput(X, 'WARM_HANDOVER', 'school-esdoorn'), reason: 'NOT_INVOLVED' },
    { who: 'the placement childcare, for a school it prepared nothing for', person: A.pm, purpose: 'WARM_HANDOVER', variables: () => consentInput(X, 'WARM_HANDOVER', 'school-kompas'), reason: 'NOT_ENTITLED_TO_RECORD_CONSENT' },
    { who: 'the receiving school itself', person: A.ibEsdoorn, purpose: 'CASE_DISCUSSION', variables: () => consentInput(X, 'CASE_DISCUSSION', 'school-esdoorn'), reason: ROLE },
    { who: 'the JGZ, for itself', person: A.jgz, purpose: 'CASE_DISCUSSION', variables: () => consentInput(X, 'CASE_DISCUSSION', 'ggd-regio'), reason: ROLE },
  ],
  confirmConsent: [
    { who: 'the director who recorded it', person: A.director, purpose: 'CASE_DISCUSSION', variables: () => ({ input: { consentId: ids.ownConsent, confirmerName: 'Regisseur A' } }), reason: 'NOT_FOUND' },
    { who: 'a colleague of the same municipality', person: A.otherDirector, purpose: 'CASE_DISCUSSION', variables: () => ({ input: { consentId: ids.ownConsent, confirmerName: 'Regisseur B' } }), reason: 'NOT_FOUND' },
    { who: 'a school not at the case table', person: A.ibKompas, purpose: 'CASE_DISCUSSION', variables: () => ({ input: { consentId: ids.ownConsent, confirmerName: 'IB Kompas' } }), reason: 'NOT_FOUND' },
    { who: 'a childcare not at the case table', person: A.pmSpeelhuis, purpose: 'CASE_DISCUSSION', variables: () => ({ input: { consentId: ids.ownConsent, confirmerName: 'PM' } }), reason: 'NOT_FOUND' },
    { who: 'a participant the director named, not involved by its own system', person: A.police, purpose: 'CASE_DISCUSSION', variables: () => ({ input: { consentId: ids.ownConsent, confirmerName: 'Wijkagent' } }), reason: 'NOT_INVOLVED' },
  ],
  withdrawConsent: [
    { who: 'another school', person: A.ibKompas, purpose: 'CASE_DISCUSSION', variables: () => ({ id: ids.schoolConsent }), reason: 'NOT_FOUND' },
    { who: "a participant that neither gave nor receives it", person: A.jgz, purpose: 'CASE_DISCUSSION', variables: () => ({ id: ids.schoolConsent }), reason: 'NOT_FOUND' },
    { who: 'the police, on the handover consent', person: A.police, purpose: 'WARM_HANDOVER', variables: () => ({ id: ids.handoverConsent }), reason: 'NOT_FOUND' },
    { who: 'another childcare, on the handover consent', person: A.pmSpeelhuis, purpose: 'WARM_HANDOVER', variables: () => ({ id: ids.handoverConsent }), reason: 'NOT_FOUND' },
  ],
  resolveBirthDate: [
    { who: 'a colleague director', person: A.otherDirector, purpose: 'CASE_DISCUSSION', variables: () => ({ input: { childId: X, birthDate: clock.birthDateForAge(13) } }), reason: 'NOT_CASE_DIRECTOR' },
    { who: 'the director, on a child without a case', person: A.director, purpose: 'CASE_DISCUSSION', variables: () => ({ input: { childId: Z, birthDate: clock.birthDateForAge(13) } }), reason: 'NOT_CASE_DIRECTOR' },
    { who: 'the director, on a child nobody knows', person: A.director, purpose: 'CASE_DISCUSSION', variables: () => ({ input: { childId: Y, birthDate: clock.birthDateForAge(13) } }), reason: 'NOT_CASE_DIRECTOR' },
    { who: 'a participant', person: A.ibEsdoorn, purpose: 'CASE_DISCUSSION', variables: () => ({ input: { childId: X, birthDate: clock.birthDateForAge(13) } }), reason: ROLE },
  ],
  prepareWarmHandover: [
    { who: 'a childcare without the placement, on a child the hub knows', person: A.pmSpeelhuis, purpose: 'WARM_HANDOVER', variables: () => ({ input: handoverInput(X, bornX, 'school-kompas', 'Vals') }), reason: 'NOT_INVOLVED' },
    { who: 'a childcare without the placement, on a child nobody knows', person: A.pmSpeelhuis, purpose: 'WARM_HANDOVER', variables: () => ({ input: handoverInput(Y, bornX, 'school-kompas', 'Vals') }), reason: 'NOT_INVOLVED' },
    { who: 'a school', person: A.ibEsdoorn, purpose: 'WARM_HANDOVER', variables: () => ({ input: handoverInput(X, bornX, 'school-esdoorn', 'Vals') }), reason: ROLE },
    { who: 'the case director', person: A.director, purpose: 'WARM_HANDOVER', variables: () => ({ input: handoverInput(X, bornX, 'school-esdoorn', 'Vals') }), reason: ROLE },
  ],
};

describe.each(Object.entries(ATTEMPTS) as [MutationName, Attempt[]][])('%s is refused to whoever should not succeed', (mutation, attempts) => {
  it.each(attempts.map((attempt) => [attempt.who, attempt] as const))('%s', async (_, attempt) => {
    const before = await state();
    const variables = attempt.variables();
    const answer = await bed.as(attempt.person, attempt.purpose)(MUTATIONS[mutation], variables);
    const seen = refusal(answer, mutation);
    if (attempt.reason === ROLE) expect(seen.code).toBe('FORBIDDEN_FIELD');
    else expect(seen.reason).toBe(attempt.reason);
    expect(seen.value).toBeNull();
    expect(await state()).toBe(before);
    const supplied = JSON.stringify(variables);
    expect(leaked(answer.body, secrets().filter((secret) => !supplied.includes(secret)))).toEqual([]);
  });
});

it('the refused attempts left the unknown child without a file and the outsiders without an index entry', async () => {
  expect((await bed.store.readChildren([Y]))[0]).toBeNull();
  expect(await bed.store.childrenOfOrganisation('school-kompas')).toEqual([]);
  expect(await bed.store.childrenOfOrganisation('kdv-speelhuis')).toEqual([]);
});

// HOLE: a case director recording WARM_HANDOVER consent is told to state a reason
// (STATED_REASON_REQUIRED, "to record consent for its handover you state why it is involved"), a
// field RecordConsentInput does not have, instead of the rule that applies. It writes nothing and
// reads the same for every child, so it is no leak; but the refusal names the wrong rule.
it('a case director recording WARM_HANDOVER consent is refused as not entitled, not asked for a stated reason', async () => {
  const before = await state();
  const answer = await bed.as(A.director, 'CASE_DISCUSSION')(MUTATIONS.recordConsent, consentInput(X, 'WARM_HANDOVER', 'school-esdoorn'));
  expect(await state()).toBe(before);
  expect(refusal(answer, 'recordConsent')).toMatchObject({ reason: 'NOT_ENTITLED_TO_RECORD_CONSENT', value: null });
});
