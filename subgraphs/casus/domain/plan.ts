import { randomUUID } from 'node:crypto';
import type { Caller } from '../../../schema/caller.ts';
import { refuse } from '../casusErrors.ts';
import type { ActionRecord, ActionStatus, CaseRecord, ChildFile, GoalRecord } from '../records.ts';
import type { ChildChange } from '../store/casusStore.ts';
import { caseForChange, requireDirector } from './caseAccess.ts';
import { requireDate, requireText } from './validate.ts';

/**
 * The plan of approach (plan van aanpak): goals set at the case table, actions with an owner. Text
 * and dates are checked when the change is built, before the store is read.
 */

export function addGoal(
  input: { caseId: string; description: string; expectedVersion?: number | null },
  caller: Caller,
): (file: ChildFile) => ChildChange<CaseRecord> {
  const description = requireText(input.description, 'description');
  return (file) => {
    const record = caseForChange(file, input.caseId, caller, input.expectedVersion);
    requireDirector(record, caller, 'set goals of the plan of approach');
    record.goals.push({ id: `goal_${randomUUID()}`, description, actions: [] });
    record.version++;
    return { result: record };
  };
}

export interface AddActionInput {
  caseId: string;
  goalId: string;
  description: string;
  /** A participant of the case; only they may update the action. */
  ownerProfessionalId: string;
  dueDate: string;
  expectedVersion?: number | null;
}

export function addAction(input: AddActionInput, caller: Caller, now: Date): (file: ChildFile) => ChildChange<CaseRecord> {
  const description = requireText(input.description, 'description');
  const dueDate = requireDate(input.dueDate, 'dueDate');
  return (file) => {
    const record = caseForChange(file, input.caseId, caller, input.expectedVersion);
    requireDirector(record, caller, 'add actions to the plan of approach');
    const goal = record.goals.find((g) => g.id === input.goalId);
    if (!goal) throw refuse('NOT_FOUND', 'This case has no goal with this goalId.');
    const owner = record.participants.find((p) => p.professionalId === input.ownerProfessionalId);
    if (!owner) throw refuse('INVALID_INPUT', 'ownerProfessionalId must be a participant of the case.');
    goal.actions.push({
      id: `act_${randomUUID()}`,
      description,
      ownerProfessionalId: owner.professionalId,
      ownerOrganisationId: owner.organisationId,
      dueDate,
      status: 'PLANNED',
      updatedAt: now.toISOString(),
    });
    record.version++;
    return { result: record };
  };
}

/** A participant updates the status of their own action, and no one else's. */
export function updateAction(
  file: ChildFile,
  input: { caseId: string; actionId: string; status: ActionStatus; expectedVersion?: number | null },
  caller: Caller,
  now: Date,
): ChildChange<{ action: ActionRecord; goal: GoalRecord; record: CaseRecord }> {
  const record = caseForChange(file, input.caseId, caller, input.expectedVersion);
  for (const goal of record.goals) {
    const action = goal.actions.find((a) => a.id === input.actionId);
    if (!action) continue;
    if (action.ownerProfessionalId !== caller.professional || action.ownerOrganisationId !== caller.organisation) {
      throw refuse('NOT_ACTION_OWNER', 'Participants update their own actions only; ask the owner or the case director.');
    }
    action.status = input.status;
    action.updatedAt = now.toISOString();
    record.version++;
    return { result: { action, goal, record } };
  }
  throw refuse('NOT_FOUND', 'This case has no action with this actionId.');
}
