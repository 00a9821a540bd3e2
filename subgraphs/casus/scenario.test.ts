import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoChildren, pick } from '../../test/harness/demoChildren.ts';
import { startTestHub, TEST_POPULATION, type TestHub } from '../../test/harness/testHub.ts';
import { PEOPLE, type Person } from './test/casusTestbed.ts';
import { participant } from './test/caseFixture.ts';
import * as op from './test/operations.ts';
import { RedisCasusStore } from './store/redisStore.ts';
import { describeEachStore } from './test/storeVariants.ts';

/**
 * "Van signaal naar aanpak" through the gateway, with a token per role: two signals make a match,
 * a case opens, participants join, consent is given and withdrawn, the phase escalates from 2 to
 * 3 with a second organisation's confirmation, a warm handover is made and seen by the school, and
 * the case closes. The children are demo children whom the partners' systems really hold, since
 * involvement is verified there.
 */
describeEachStore('the whole work process through the gateway', (kind) => {
  let hub: TestHub;
  const storeEnv = kind.processEnv();
  beforeAll(async () => {
    hub = await startTestHub({ env: { ...process.env, ...storeEnv } });
  });
  afterAll(() => hub?.close());

  const as = (person: Person, purpose: Parameters<TestHub['query']>[0]['purpose']) => async (query: string, variables?: Record<string, unknown>) => {
    const answer = await hub.query({ role: person.role, org: person.organisation, sub: person.professional, purpose }, query, variables);
    return answer.body;
  };
  const ok = (body: { data?: any; errors?: unknown[] }) => {
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const children = demoChildren(TEST_POPULATION);
  const pupil = pick(children, 'is a pupil of De Esdoorn under 12, a JGZ client, unknown to the police', (c) => c.school === 'school-esdoorn' && c.jgzClient && c.age < 12 && !c.hasPoliceRegistration);
  const child = pupil.id;
  const toddlerChild = pick(children, 'is placed at Het Zonnetje', (c) => c.childcare === 'kdv-zonnetje');
  const toddler = toddlerChild.id;
  let caseId = '';
  let consentId = '';

  it('matches two signals on one child', async () => {
    const input = (person: Person) => ({ input: { childId: child, childBirthDate: pupil.birthDate, contactName: person.name } });
    ok(await as(PEOPLE.ibEsdoorn, 'SIGNALLING')(op.REGISTER_SIGNAL, input(PEOPLE.ibEsdoorn)));
    ok(await as(PEOPLE.jgz, 'SIGNALLING')(op.REGISTER_SIGNAL, input(PEOPLE.jgz)));
    const matches = ok(await as(PEOPLE.ibEsdoorn, 'SIGNALLING')(op.MY_MATCHES)).myMatches;
    expect(matches).toHaveLength(1);
    expect(matches[0].signals[0].contact).toEqual({ id: PEOPLE.jgz.professional, name: PEOPLE.jgz.name, organisation: { id: 'ggd-regio' } });
    const direction = ok(await as(PEOPLE.director, 'SIGNALLING')(op.MY_MATCHES)).myMatches;
    expect(direction.map((m: { child: { id: string } }) => m.child.id)).toContain(child);
  });

  it('opens a case in phase 2 and adds a participant', async () => {
    const opened = ok(await as(PEOPLE.director, 'CASE_DISCUSSION')(op.OPEN_CASE, { input: { childId: child, caseDirectorName: PEOPLE.director.name } })).openCase;
    caseId = opened.id;
    expect(opened.phase).toBe(2);
    const joined = ok(await as(PEOPLE.director, 'CASE_DISCUSSION')(op.ADD_PARTICIPANT, { input: { caseId, participant: participant(PEOPLE.police) } }));
    expect(joined.addParticipant.participants.map((p: { role: string }) => p.role)).toEqual([
      'CASE_DIRECTOR',
      'SCHOOL_CARE_COORDINATOR',
      'JGZ_PROFESSIONAL',
      'POLICE_OFFICER',
    ]);
  });

  it('shows the phase-2 case to the school with consent only, and hides it again once consent is withdrawn', async () => {
    const schoolView = async () => (await as(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION')(`{ myCases { id phase } }`)).data.myCases;
    expect(await schoolView()).toEqual([{ id: caseId, phase: null }]);
    const consent = ok(
      await as(PEOPLE.director, 'CASE_DISCUSSION')(op.RECORD_CONSENT, {
        input: { childId: child, childBirthDate: pupil.birthDate, purpose: 'CASE_DISCUSSION', organisationId: 'school-esdoorn', givenBy: 'PARENT', validUntil: '2099-12-31' },
      }),
    ).recordConsent;
    consentId = consent.id;
    expect(await schoolView()).toEqual([{ id: caseId, phase: 2 }]);
    ok(await as(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION')(op.WITHDRAW_CONSENT, { id: consentId }));
    expect(await schoolView()).toEqual([{ id: caseId, phase: null }]);
  });

  it('escalates from 2 to 3 once another organisation confirms, after which participants see the case on the legal basis', async () => {
    const proposed = ok(await as(PEOPLE.director, 'CASE_DISCUSSION')(op.CHANGE_PHASE, { input: { caseId, phase: 3, reason: 'Problemen op meerdere domeinen' } }));
    expect(proposed.changePhase).toMatchObject({ phase: 2, pendingPhaseChange: { to: 3 } });
    // The police were only named to the table; the JGZ, which signalled and whose system holds the child, confirms.
    const byPolice = await as(PEOPLE.police, 'CASE_DISCUSSION')(op.CONFIRM_PHASE_CHANGE, { input: { caseId, confirmerName: PEOPLE.police.name } });
    expect(byPolice.errors?.[0]?.extensions?.reason).toBe('NOT_INVOLVED');
    const three = ok(await as(PEOPLE.jgz, 'CASE_DISCUSSION')(op.CONFIRM_PHASE_CHANGE, { input: { caseId, confirmerName: PEOPLE.jgz.name } }));
    expect(three.confirmPhaseChange.phaseHistory.map((h: { to: number }) => h.to)).toEqual([2, 3]);
    const police = ok(await as(PEOPLE.police, 'CASE_DISCUSSION')(`{ child(id: "${child}") { openCase { id phase } } }`));
    expect(police.child.openCase).toEqual({ id: caseId, phase: 3 });
    const refused = await as(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION')(op.CHANGE_PHASE, { input: { caseId, phase: 4, reason: 'x' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
  });

  it('hands a toddler over warmly: the school sees it only after the parents consent', async () => {
    const input = {
      childId: toddler,
      childBirthDate: toddlerChild.birthDate,
      toSchoolId: 'school-esdoorn',
      development: 'Speelt graag samen; taal in ontwikkeling.',
      vveProgramme: 'Kaleidoscoop',
      vveDurationMonths: 24,
      pointsOfAttention: ['Woordenschat'],
    };
    ok(await as(PEOPLE.pm, 'WARM_HANDOVER')(op.PREPARE_HANDOVER, { input }));
    const incoming = async () => ok(await as(PEOPLE.ibEsdoorn, 'WARM_HANDOVER')(`{ incomingHandovers { ${op.HANDOVER_CONTENT} } }`)).incomingHandovers;
    expect(await incoming()).toEqual([]);
    ok(
      await as(PEOPLE.pm, 'WARM_HANDOVER')(op.RECORD_CONSENT, {
        input: { childId: toddler, purpose: 'WARM_HANDOVER', organisationId: 'school-esdoorn', givenBy: 'PARENT', validUntil: '2099-12-31' },
      }),
    );
    expect(await incoming()).toEqual([expect.objectContaining({ status: 'RELEASED', vveProgramme: 'Kaleidoscoop', vveDurationMonths: 24 })]);
    const writer = await as(PEOPLE.pm, 'WARM_HANDOVER')(`{ preparedHandovers { status development } }`);
    expect(writer.data.preparedHandovers).toEqual([{ status: 'RELEASED', development: null }]);
  });

  it('closes the case, after which its former participants see nothing of it', async () => {
    ok(await as(PEOPLE.director, 'CASE_DISCUSSION')(op.CLOSE_CASE, { input: { caseId, reason: 'Doelen bereikt' } }));
    for (const person of [PEOPLE.police, PEOPLE.jgz, PEOPLE.director]) {
      expect(ok(await as(person, 'CASE_DISCUSSION')(`{ myCases { id } }`)).myCases).toEqual([]);
    }
    const police = await as(PEOPLE.police, 'CASE_DISCUSSION')(`{ child(id: "${child}") { openCase { id } } }`);
    expect(police.data.child.openCase).toBeNull();
  });

  it.runIf(kind.name === 'redis')('kept all of it in Redis, where a second hub process finds it', async () => {
    const store = new RedisCasusStore({ url: storeEnv.REDIS_URL ?? '', prefix: storeEnv.CASUS_REDIS_PREFIX ?? '' });
    try {
      const [file] = await store.readChildren([child]);
      expect(file?.cases.map((c) => [c.id, c.status, c.phase])).toEqual([[caseId, 'CLOSED', 3]]);
      expect(file?.consents.map((c) => c.id)).toEqual([consentId]);
      expect(await store.childOf(caseId)).toBe(child);
    } finally {
      await store.close();
    }
  });
});
