import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryCasusStore } from '../../subgraphs/casus/store/memoryStore.ts';
import { childId, dataOf, startCasusTestbed, type CasusTestbed, type Person } from '../../subgraphs/casus/test/casusTestbed.ts';
import { participant } from '../../subgraphs/casus/test/caseFixture.ts';
import { InvolvementDouble } from '../../subgraphs/casus/test/involvementDouble.ts';
import { TestClock } from '../../subgraphs/casus/test/testClock.ts';
import type { Purpose } from '../../schema/vocabulary.ts';
import { ATTACKERS as A, MUTATIONS, codesByPath, normalised, refusal, type MutationName } from './adversary.ts';

// A case's life seen by someone who wants more from it than the rules give: an escalation that
// is only proposed releases nothing and cannot be confirmed by the director's side, a changed
// course drops it, a stale view overwrites nothing, and a closed case accepts no change, releases
// nothing and answers outsiders exactly as a case that never existed.
let bed: CasusTestbed;
const clock = new TestClock('2026-09-01T09:00:00Z');
const born = clock.birthDateForAge(9);
const involvement = new InvolvementDouble({ everyone: false });
const send = (person: Person, purpose: Purpose, name: MutationName, variables: Record<string, unknown>) => bed.as(person, purpose)(MUTATIONS[name], variables);
const must = async (person: Person, purpose: Purpose, name: MutationName, variables: Record<string, unknown>) => dataOf(await send(person, purpose, name, variables))[name];
const director = (name: MutationName, variables: Record<string, unknown>) => send(A.director, 'CASE_DISCUSSION', name, variables);
const grantOf = async (person: Person, child: string) => (await bed.grants(person, 'CASE_DISCUSSION', [child]))[0];

/** Child `n` signalled by De Esdoorn and the JGZ; its case opened with the police named. */
async function openedCase(n: number, phase = 2) {
  const child = childId(n);
  involvement.involve('school-esdoorn', child).involve('ggd-regio', child);
  for (const person of [A.ibEsdoorn, A.jgz]) await must(person, 'SIGNALLING', 'registerSignal', { input: { childId: child, childBirthDate: born, contactName: person.name } });
  const opened = await must(A.director, 'CASE_DISCUSSION', 'openCase', {
    input: { childId: child, caseDirectorName: A.director.name, phase, reason: 'Zorgen', administrativeDirection: phase === 4 ? 'Burgemeester' : null, participants: [participant(A.police)] },
  });
  return { child, caseId: opened.id as string, opened };
}

beforeAll(async () => {
  bed = await startCasusTestbed(new MemoryCasusStore(), clock, { involvement });
});
afterAll(() => bed?.close());

describe('a proposed escalation', () => {
  it('opening straight into phase 4 opens in phase 2 with the escalation only proposed; the grants say phase 2', async () => {
    const { child, opened } = await openedCase(8001, 4);
    expect(opened).toMatchObject({ phase: 2, pendingPhaseChange: { to: 4 } });
    for (const person of [A.director, A.police, A.ibEsdoorn]) expect((await grantOf(person, child))?.casePhase).toBe(2);
  });

  it('the director dropping it (a step down) leaves nothing for anyone to confirm', async () => {
    const { child, caseId } = await openedCase(8002);
    expect((await must(A.director, 'CASE_DISCUSSION', 'changePhase', { input: { caseId, phase: 4, reason: 'Op', administrativeDirection: 'Burgemeester' } })).pendingPhaseChange).toEqual({ to: 4 });
    expect((await must(A.director, 'CASE_DISCUSSION', 'changePhase', { input: { caseId, phase: 1, reason: 'Af' } })).pendingPhaseChange).toBeNull();
    const late = await send(A.police, 'CASE_DISCUSSION', 'confirmPhaseChange', { input: { caseId, confirmerName: 'Wijkagent' } });
    expect(refusal(late, 'confirmPhaseChange')).toMatchObject({ reason: 'NOTHING_TO_CONFIRM', value: null });
    expect((await grantOf(A.director, child))?.casePhase).toBe(1);
  });

  it('a stale view overwrites nothing: a confirmation with an old version is refused and the phase stays', async () => {
    const { child, caseId, opened } = await openedCase(8003);
    await must(A.director, 'CASE_DISCUSSION', 'changePhase', { input: { caseId, phase: 3, reason: 'Op' } });
    const stale = await send(A.ibEsdoorn, 'CASE_DISCUSSION', 'confirmPhaseChange', { input: { caseId, confirmerName: 'IB', expectedVersion: opened.version } });
    expect(refusal(stale, 'confirmPhaseChange')).toMatchObject({ reason: 'STALE_VERSION', value: null });
    expect((await grantOf(A.ibEsdoorn, child))?.casePhase).toBe(2);
  });
});

describe('a closed case', () => {
  let child = '';
  let caseId = '';
  let goalId = '';
  let actionId = '';
  let consentId = '';

  beforeAll(async () => {
    ({ child, caseId } = await openedCase(8101));
    goalId = (await must(A.director, 'CASE_DISCUSSION', 'addGoal', { input: { caseId, description: 'Doel' } })).goals[0].id;
    actionId = (await must(A.director, 'CASE_DISCUSSION', 'addAction', { input: { caseId, goalId, description: 'Actie', ownerProfessionalId: A.police.professional, dueDate: '2026-12-01' } })).goals[0]
      .actions[0].id;
    consentId = (
      await must(A.director, 'CASE_DISCUSSION', 'recordConsent', {
        input: { childId: child, childBirthDate: born, purpose: 'CASE_DISCUSSION', organisationId: 'school-esdoorn', givenBy: 'PARENT', validUntil: '2030-12-31' },
      })
    ).id;
    await must(A.director, 'CASE_DISCUSSION', 'changePhase', { input: { caseId, phase: 3, reason: 'Op' } });
    await must(A.director, 'CASE_DISCUSSION', 'closeCase', { input: { caseId, reason: 'Afgerond' } });
  });

  it('accepts no change from its director or its participants', async () => {
    const attempts: [Person, MutationName, Record<string, unknown>][] = [
      [A.director, 'addParticipant', { input: { caseId, participant: participant(A.ibKompas) } }],
      [A.director, 'changePhase', { input: { caseId, phase: 4, reason: 'Op', administrativeDirection: 'Burgemeester' } }],
      [A.director, 'addGoal', { input: { caseId, description: 'Nog een doel' } }],
      [A.director, 'addAction', { input: { caseId, goalId, description: 'Nog een actie', ownerProfessionalId: A.police.professional, dueDate: '2026-12-01' } }],
      [A.director, 'closeCase', { input: { caseId, reason: 'Nogmaals' } }],
      [A.police, 'updateAction', { input: { caseId, actionId, status: 'DONE' } }],
      [A.ibEsdoorn, 'confirmPhaseChange', { input: { caseId, confirmerName: 'IB' } }],
    ];
    const before = JSON.stringify(await bed.store.readChildren([child]));
    for (const [person, name, variables] of attempts) {
      expect(refusal(await send(person, 'CASE_DISCUSSION', name, variables), name), name).toMatchObject({ reason: 'CASE_CLOSED', value: null });
    }
    expect(JSON.stringify(await bed.store.readChildren([child]))).toBe(before);
  });

  it('releases nothing: no participant, no phase, no consent, no case, and the consent reads ENDED', async () => {
    for (const person of [A.director, A.police, A.ibEsdoorn, A.jgz]) {
      expect(await grantOf(person, child)).toEqual({ childId: child, caseParticipant: false, casePhase: null, consent: false });
    }
    const { body } = await bed.as(A.ibEsdoorn, 'CASE_DISCUSSION')(
      /* GraphQL */ `query ($id: ID!, $child: ID!) { case(id: $id) { id } myCases { id } child(id: $child) { openCase { id } consents { id status endedAt } } }`,
      { id: caseId, child },
    );
    expect(body.data.myCases.map((c: { id: string }) => c.id)).not.toContain(caseId);
    expect({ ...body.data, myCases: [] }).toEqual({ case: null, myCases: [], child: { openCase: null, consents: [{ id: consentId, status: 'ENDED', endedAt: expect.any(String) }] } });
    expect(codesByPath(body)).toEqual({ 'child.openCase': 'FORBIDDEN_FIELD' });
  });

  it('answers an outsider exactly as a case that never existed', async () => {
    const never = 'case_00000000-0000-4000-8000-000000000000';
    for (const [name, variables] of [
      ['changePhase', (id: string) => ({ input: { caseId: id, phase: 3, reason: 'Op' } })],
      ['updateAction', (id: string) => ({ input: { caseId: id, actionId, status: 'DONE' } })],
      ['confirmPhaseChange', (id: string) => ({ input: { caseId: id, confirmerName: 'IB' } })],
    ] as const) {
      const person = name === 'changePhase' ? A.otherDirector : A.ibKompas;
      const closed = await send(person, 'CASE_DISCUSSION', name, variables(caseId));
      const made = await send(person, 'CASE_DISCUSSION', name, variables(never));
      // The other director's organisation took part, so it learns the case is closed; an outsider learns nothing.
      if (person === A.ibKompas) expect(normalised(closed.body)).toBe(normalised(made.body));
      expect(closed.body.data?.[name] ?? null).toBeNull();
    }
  });

  it('a new case for the child revives neither the ended consent, the dropped escalation nor the participants the director named before', async () => {
    const reopened = await must(A.director, 'CASE_DISCUSSION', 'openCase', { input: { childId: child, caseDirectorName: A.director.name } });
    expect(reopened.id).not.toBe(caseId);
    expect(reopened.pendingPhaseChange).toBeNull();
    expect(await grantOf(A.police, child)).toEqual({ childId: child, caseParticipant: false, casePhase: null, consent: false });
    expect(await grantOf(A.ibEsdoorn, child)).toEqual({ childId: child, caseParticipant: true, casePhase: 2, consent: false });
  });
});
