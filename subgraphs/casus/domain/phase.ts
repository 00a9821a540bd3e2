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

/** Applies a checked step to the case: to any other phase, up or down; leaving phase 4 ends bestuurlijke regie. */
export function phaseStep(record: CaseRecord, step: PhaseStep, caller: Caller, now: Date): void {
  if (step.phase === record.phase) throw refuse('INVALID_PHASE_CHANGE', `The case is already in AVE phase ${step.phase}.`);
  record.phaseHistory.push({
    from: record.phase === 0 ? null : record.phase,
    to: step.phase,
    changedBy: caller.professional,
    changedAt: now.toISOString(),
    reason: step.reason,
    administrativeDirection: step.administrativeDirection,
  });
  record.phase = step.phase;
  record.administrativeDirection = step.administrativeDirection;
}
