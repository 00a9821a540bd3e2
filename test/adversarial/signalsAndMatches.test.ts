import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoChildren, pick } from '../harness/demoChildren.ts';
import { startTestHub, TEST_POPULATION, type TestHub } from '../harness/testHub.ts';
import { DIRECTOR, MUTATIONS, codesByPath, hubCaller, leaked, ok, refusal } from './adversary.ts';

// Signal fishing: a signal is the key to myMatches (who else is involved, their contacts), so only
// an organisation its own system of record shows as involved may place one; the municipality,
// which has none in the hub, states a reason that the hub operator's privacy officer, and nobody
// else, reviews.
let hub: TestHub;
const children = demoChildren(TEST_POPULATION);
const pupil = pick(children, 'is a pupil of De Esdoorn and a JGZ client', (c) => c.school === 'school-esdoorn' && c.jgzClient && !c.childcare && !c.hasPoliceRegistration);
const stranger = pick(children, 'is known to no partner', (c) => !c.school && !c.childcare && !c.jgzClient && !c.hasPoliceRegistration && !c.hasVeiligThuisDossier);
const esdoorn = hubCaller('SCHOOL_CARE_COORDINATOR', 'school-esdoorn', 'SIGNALLING', 'ib-esdoorn-adv');
const kompas = hubCaller('SCHOOL_CARE_COORDINATOR', 'school-kompas', 'SIGNALLING', 'ib-kompas-adv');
const jgz = hubCaller('JGZ_PROFESSIONAL', 'ggd-regio', 'SIGNALLING', 'jgz-adv');
const childcare = hubCaller('CHILDCARE_WORKER', 'kdv-boomhut', 'SIGNALLING', 'pm-boomhut-adv');
const police = hubCaller('POLICE_OFFICER', 'politie-basisteam', 'SIGNALLING', 'agent-adv');
const CONTACTS = ['Contactpersoon Esdoorn (adv)', 'Contactpersoon JGZ (adv)'];
const REASON = 'Leerplicht: broer langdurig afwezig, gezin niet bereikbaar (adv-reden)';
const MATCHES = /* GraphQL */ `{ myMatches { child { id } signals { organisation { id } contact { id name } } } mySignals { id child { id } } }`;
const STATED = /* GraphQL */ `{ statedInvolvements { signalId child { id } organisation { id } professionalId role reason status } }`;
let statedSignalId = '';

beforeAll(async () => {
  hub = await startTestHub();
  for (const [who, name] of [[esdoorn, CONTACTS[0]], [jgz, CONTACTS[1]]] as const) {
    ok(await hub.query(who, MUTATIONS.registerSignal, { input: { childId: pupil.id, childBirthDate: pupil.birthDate, contactName: name } }), 'registerSignal');
  }
});
afterAll(async () => {
  await hub?.close();
});

describe('no signal fishing', () => {
  it.each([
    ['a school the child is not enrolled at', kompas],
    ['a childcare without a placement', childcare],
    ['the police without a registration, stating a reason', police],
  ])('%s cannot signal, and myMatches shows it nothing of the child', async (_, attacker) => {
    const answer = await hub.query(attacker, MUTATIONS.registerSignal, {
      input: { childId: pupil.id, childBirthDate: pupil.birthDate, contactName: 'Visser', statedReason: 'Ik wil weten wie er nog meer is' },
    });
    expect(refusal(answer, 'registerSignal')).toMatchObject({ code: 'FORBIDDEN_OPERATION', reason: 'NOT_INVOLVED', value: null });
    const { body } = await hub.query(attacker, MATCHES);
    expect(body.data).toEqual({ myMatches: [], mySignals: [] });
    expect(leaked([answer.body, body], [...CONTACTS, pupil.id])).toEqual([]);
  });

  it('control: the involved school sees the JGZ in its match', async () => {
    const matches = ok(await hub.query(esdoorn, MATCHES), 'myMatches');
    expect(matches).toEqual([{ child: { id: pupil.id }, signals: [{ organisation: { id: 'ggd-regio' }, contact: { id: jgz.sub, name: CONTACTS[1] } }] }]);
  });
});

describe('a relation to the child that is not a signal', () => {
  it('a participant the director named at the case table, without a signal of its own, sees no match', async () => {
    ok(
      await hub.query(DIRECTOR, MUTATIONS.openCase, {
        input: { childId: pupil.id, caseDirectorName: 'Regisseur', participants: [{ organisationId: 'politie-basisteam', professionalId: police.sub, professionalName: 'Agent', role: 'POLICE_OFFICER' }] },
      }),
      'openCase',
    );
    const { body } = await hub.query(police, MATCHES);
    expect(body.data).toEqual({ myMatches: [], mySignals: [] });
    expect(leaked(body, CONTACTS)).toEqual([]);
  });
});

describe("the municipality's stated reason", () => {
  beforeAll(async () => {
    const signal = ok(
      await hub.query({ ...DIRECTOR, purpose: 'SIGNALLING' }, MUTATIONS.registerSignal, {
        input: { childId: stranger.id, childBirthDate: stranger.birthDate, contactName: 'Regisseur', statedReason: REASON },
      }),
      'registerSignal',
    );
    expect(signal.involvement).toBe('STATED_REASON');
    statedSignalId = signal.id;
  });

  it("is listed for the hub operator's privacy officer, with who signalled and why, and signals of a system of record are not", async () => {
    const listed = ok(await hub.query(hubCaller('PRIVACY_OFFICER', 'gemeente-demo', 'DATA_SUBJECT_ACCESS', 'fg-gemeente'), STATED), 'statedInvolvements');
    expect(listed).toEqual([
      { signalId: statedSignalId, child: { id: stranger.id }, organisation: { id: 'gemeente-demo' }, professionalId: DIRECTOR.sub, role: 'CASE_DIRECTOR', reason: REASON, status: 'OPEN' },
    ]);
  });

  it.each([
    ["another organisation's privacy officer", hubCaller('PRIVACY_OFFICER', 'school-esdoorn', 'DATA_SUBJECT_ACCESS', 'fg-esdoorn')],
    ["the police's privacy officer", hubCaller('PRIVACY_OFFICER', 'politie-basisteam', 'DATA_SUBJECT_ACCESS', 'fg-politie')],
    ["the operator's privacy officer for another purpose", hubCaller('PRIVACY_OFFICER', 'gemeente-demo', 'CASE_DISCUSSION', 'fg-gemeente')],
    ['the case director who signalled', { ...DIRECTOR, purpose: 'DATA_SUBJECT_ACCESS' as const }],
  ])('is not shown to %s', async (_, caller) => {
    const { body } = await hub.query(caller, STATED);
    expect(body.data?.statedInvolvements ?? null).toBeNull();
    expect(codesByPath(body)).toEqual({ statedInvolvements: 'FORBIDDEN_FIELD' });
    expect(leaked(body, [REASON, statedSignalId, stranger.id])).toEqual([]);
  });

  it('a stated signal without a reason is refused and leaves nothing for the officer to find', async () => {
    const other = pick(children, 'is known to no partner (a second one)', (c) => c.id !== stranger.id && !c.school && !c.childcare && !c.jgzClient && !c.hasPoliceRegistration && !c.hasVeiligThuisDossier);
    const answer = await hub.query({ ...DIRECTOR, purpose: 'SIGNALLING' }, MUTATIONS.registerSignal, { input: { childId: other.id, childBirthDate: other.birthDate, contactName: 'Regisseur', statedReason: '  ' } });
    expect(refusal(answer, 'registerSignal')).toMatchObject({ reason: 'STATED_REASON_REQUIRED', value: null });
    const listed = ok(await hub.query(hubCaller('PRIVACY_OFFICER', 'gemeente-demo', 'DATA_SUBJECT_ACCESS', 'fg-gemeente'), STATED), 'statedInvolvements');
    expect(listed.map((s: { signalId: string }) => s.signalId)).toEqual([statedSignalId]);
  });
});
