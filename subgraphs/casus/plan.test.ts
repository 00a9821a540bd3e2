import { afterAll, beforeAll, expect, it } from 'vitest';
import { PEOPLE, dataOf, refusalOf, startCasusTestbed, type CasusTestbed } from './test/casusTestbed.ts';
import { caseFromMatch } from './test/caseFixture.ts';
import { ADD_ACTION, ADD_GOAL, CHANGE_PHASE, UPDATE_ACTION } from './test/operations.ts';
import { describeEachStore } from './test/storeVariants.ts';
import { TestClock } from './test/testClock.ts';

describeEachStore('the plan of approach and concurrent changes', (kind) => {
  let first: CasusTestbed;
  let second: CasusTestbed;
  const clock = new TestClock();
  beforeAll(async () => {
    const store = await kind.open();
    first = await startCasusTestbed(store, clock);
    // A second hub process on the same store (Redis: its own connection), trusting the same gateway.
    second = await startCasusTestbed(await kind.twin(store), clock, { contexts: first.contexts });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });
  const director = () => first.as(PEOPLE.director, 'CASE_DISCUSSION');

  async function caseWithActions(n: number) {
    const { caseId } = await caseFromMatch(first, clock, n, 3);
    const goal = dataOf(await director()(ADD_GOAL, { input: { caseId, description: 'Regelmatig naar school' } })).addGoal.goals[0];
    const owners = [PEOPLE.ibEsdoorn, PEOPLE.jgz];
    let actions: { id: string; owner: { id: string }; status: string }[] = [];
    for (const owner of owners) {
      const input = { caseId, goalId: goal.id, description: `Actie ${owner.name}`, ownerProfessionalId: owner.professional, dueDate: '2026-10-01' };
      actions = dataOf(await director()(ADD_ACTION, { input })).addAction.goals[0].actions;
    }
    return { caseId, goalId: goal.id as string, actions };
  }

  it('sets goals and actions with an owner, a due date and a status', async () => {
    const { actions } = await caseWithActions(1);
    expect(actions.map((a) => [a.owner.id, a.status])).toEqual([
      ['ib-esdoorn', 'PLANNED'],
      ['jgz-verpleegkundige', 'PLANNED'],
    ]);
  });

  it('lets participants update their own actions only', async () => {
    const { caseId, actions } = await caseWithActions(2);
    const [school, ggd] = actions;
    const own = dataOf(await first.as(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION')(UPDATE_ACTION, { input: { caseId, actionId: school!.id, status: 'IN_PROGRESS' } }));
    expect(own.updateAction).toEqual({ id: school!.id, status: 'IN_PROGRESS', updatedAt: clock.now().toISOString() });
    const others = await first.as(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION')(UPDATE_ACTION, { input: { caseId, actionId: ggd!.id, status: 'DONE' } });
    expect(refusalOf(others)).toEqual({ code: 'FORBIDDEN_OPERATION', reason: 'NOT_ACTION_OWNER' });
    const byDirector = await director()(UPDATE_ACTION, { input: { caseId, actionId: ggd!.id, status: 'DONE' } });
    expect(refusalOf(byDirector)).toEqual({ code: 'FORBIDDEN_OPERATION', reason: 'NOT_ACTION_OWNER' });
    const nonParticipant = await first.as(PEOPLE.ibKompas, 'CASE_DISCUSSION')(UPDATE_ACTION, { input: { caseId, actionId: ggd!.id, status: 'DONE' } });
    expect(refusalOf(nonParticipant)).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
  });

  it('refuses an owner who is not a participant, and an unknown goal', async () => {
    const { caseId, goalId } = await caseWithActions(3);
    const stranger = await director()(ADD_ACTION, { input: { caseId, goalId, description: 'x', ownerProfessionalId: 'ib-kompas', dueDate: '2026-10-01' } });
    expect(refusalOf(stranger)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    const badDate = await director()(ADD_ACTION, { input: { caseId, goalId, description: 'x', ownerProfessionalId: 'ib-esdoorn', dueDate: '2026-02-30' } });
    expect(refusalOf(badDate)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    const noGoal = await director()(ADD_ACTION, { input: { caseId, goalId: 'goal_x', description: 'x', ownerProfessionalId: 'ib-esdoorn', dueDate: '2026-10-01' } });
    expect(refusalOf(noGoal)).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
  });

  it('refuses a change made on a stale version with CONFLICT', async () => {
    const { caseId } = await caseFromMatch(first, clock, 4);
    const current = dataOf(await director()(ADD_GOAL, { input: { caseId, description: 'Doel 1', expectedVersion: 1 } })).addGoal.version;
    expect(current).toBe(2);
    const stale = await director()(CHANGE_PHASE, { input: { caseId, phase: 3, reason: 'r', expectedVersion: 1 } });
    expect(refusalOf(stale)).toEqual({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect(stale.body.errors?.[0]?.extensions?.currentVersion).toBe(2);
  });

  it('loses no update when the director and participants change one case through two hub processes at once', async () => {
    const { caseId, actions } = await caseWithActions(5);
    const [school, ggd] = actions;
    const goals = Array.from({ length: 10 }, (_, n) =>
      (n % 2 ? second : first).as(PEOPLE.director, 'CASE_DISCUSSION')(ADD_GOAL, { input: { caseId, description: `Doel ${n}` } }),
    );
    const updates = [school, ggd].flatMap((action, i) =>
      (['IN_PROGRESS', 'DONE'] as const).map((status, n) =>
        ((i + n) % 2 ? second : first).as(i === 0 ? PEOPLE.ibEsdoorn : PEOPLE.jgz, 'CASE_DISCUSSION')(UPDATE_ACTION, {
          input: { caseId, actionId: action!.id, status },
        }),
      ),
    );
    const escalate = second.as(PEOPLE.director, 'CASE_DISCUSSION')(CHANGE_PHASE, { input: { caseId, phase: 4, reason: 'Acuut', administrativeDirection: 'Burgemeester' } });
    for (const answer of await Promise.all([...goals, ...updates, escalate])) expect(answer.body.errors).toBeUndefined();
    const final = dataOf(await first.as(PEOPLE.director, 'CASE_DISCUSSION')(`{ case(id: "${caseId}") { version phase pendingPhaseChange { to } goals { description } } }`)).case;
    expect(final.goals.map((g: { description: string }) => g.description).sort()).toEqual(
      ['Regelmatig naar school', ...Array.from({ length: 10 }, (_, n) => `Doel ${n}`)].sort(),
    );
    // The escalation into phase 4 is proposed, awaiting another organisation's confirmation.
    expect([final.phase, final.pendingPhaseChange]).toEqual([3, { to: 4 }]);
    // Opened (1), escalation to 3 proposed and confirmed (3), first goal (4), two actions (6),
    // then 10 goals, 4 updates and the proposal.
    expect(final.version).toBe(6 + 10 + 4 + 1);
  });
});
