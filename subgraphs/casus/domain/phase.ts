import type { Caller } from '../../../schema/caller.ts';
import { refuse } from '../casusErrors.ts';
import type { CaseRecord } from '../records.ts';
import { requireText } from './validate.ts';

/** A checked phase step: what `phaseStep` applies. */
export interface PhaseStep {
  phase: number;
  reason: string;
  administrativeDirection: string | null;
}

/** From this AVE phase on, data is shared on a legal basis without consent: escalating there takes two organisations. */
export const CONFIRMED_FROM_PHASE = 3;

/**
 * Checks a step in the AVE model (Aanpak ter Voorkoming van Escalatie) on its own, before any case
 * is read: a phase 1 to 4, always a reason, and at phase 4 (total escalation) who holds
 * bestuurlijke regie (the mayor or an alderman); any other phase holds none.
 */
export function phaseInput(input: { phase: number; reason: string; administrativeDirection?: string | null }): PhaseStep {
  const { phase } = input;
  if (!Number.isInteger(phase) || phase < 1 || phase > 4) {
    throw refuse('INVALID_PHASE_CHANGE', 'phase must be an AVE phase from 1 to 4.');
  }
  const reason = requireText(input.reason, 'reason');
  const given = input.administrativeDirection?.trim() || null;
  if (phase === 4 && !given) {
    throw refuse('INVALID_PHASE_CHANGE', 'Escalation to AVE phase 4 must name who holds administrative direction (bestuurlijke regie).');
  }
  if (phase !== 4 && given) {
    throw refuse('INVALID_PHASE_CHANGE', 'administrativeDirection is recorded only on escalation to AVE phase 4.');
  }
  const administrativeDirection = given === null ? null : requireText(given, 'administrativeDirection', 200);
  return { phase, reason, administrativeDirection };
}

/** An escalation into phase 3 or 4, which releases data on a legal basis: it waits for a second organisation. */
export const needsConfirmation = (record: CaseRecord, step: PhaseStep) => step.phase > record.phase && step.phase >= CONFIRMED_FROM_PHASE;

/**
 * Applies a checked step to the case: to any other phase, up or down; leaving phase 4 ends
 * bestuurlijke regie. Any pending escalation is settled by it: applied when this is its
 * confirmation, dropped otherwise (the director changed course).
 */
export function phaseStep(record: CaseRecord, step: PhaseStep, caller: Caller, now: Date, confirmedBy: Caller | null = null): void {
  if (step.phase === record.phase) throw refuse('INVALID_PHASE_CHANGE', `The case is already in AVE phase ${step.phase}.`);
  const proposedBy = confirmedBy && record.pendingPhaseChange ? record.pendingPhaseChange.proposedBy : caller.professional;
  record.phaseHistory.push({
    from: record.phase === 0 ? null : record.phase,
    to: step.phase,
    changedBy: proposedBy,
    changedAt: now.toISOString(),
    reason: step.reason,
    administrativeDirection: step.administrativeDirection,
    confirmedBy: confirmedBy ? { professionalId: confirmedBy.professional, organisationId: confirmedBy.organisation } : null,
  });
  record.phase = step.phase;
  record.administrativeDirection = step.administrativeDirection;
  record.pendingPhaseChange = null;
}

/**
 * The case director's step: an escalation into phase 3 or 4 is only proposed (it takes effect
 * when a participant of another organisation confirms it, `confirmPendingPhase`); any other step
 * applies at once, since it shares no more than before.
 */
export function proposeOrApply(record: CaseRecord, step: PhaseStep, caller: Caller, now: Date): void {
  if (!needsConfirmation(record, step)) return phaseStep(record, step, caller, now);
  record.pendingPhaseChange = {
    to: step.phase,
    reason: step.reason,
    administrativeDirection: step.administrativeDirection,
    proposedBy: caller.professional,
    proposedAt: now.toISOString(),
  };
}

/**
 * A participant of another organisation than the case director's, which its own system of record
 * shows as involved with the child (`involved`), confirms the proposed escalation: so no single
 * organisation, nor one it merely named to the table, moves a case to where data flows on a legal basis.
 */
export function confirmPendingPhase(record: CaseRecord, caller: Caller, now: Date, involved: boolean): void {
  const pending = record.pendingPhaseChange;
  if (!pending) throw refuse('NOTHING_TO_CONFIRM', 'This case has no proposed phase change awaiting confirmation.');
  requireIndependentConfirmer(record, caller, involved, 'An escalation');
  phaseStep(record, { phase: pending.to, reason: pending.reason, administrativeDirection: pending.administrativeDirection }, caller, now, caller);
}

/**
 * Who may be the second pair of eyes at a case table: a participant of another organisation than
 * the director's, itself involved with the child by its own system of record.
 */
export function requireIndependentConfirmer(record: CaseRecord, caller: Caller, involved: boolean, what: string): void {
  if (caller.organisation === record.directorOrganisationId) {
    throw refuse('CONFIRMATION_BY_OTHER_ORGANISATION', `${what} is confirmed by a participant of another organisation than the case director's.`);
  }
  if (!involved) {
    throw refuse(
      'NOT_INVOLVED',
      `${what} is confirmed by a participant whose own system of record shows it involved with the child; your organisation's does not.`,
    );
  }
}
