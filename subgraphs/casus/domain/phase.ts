import type { Caller } from '../../../schema/caller.ts';
import { refuse } from '../casusErrors.ts';
import type { CaseRecord } from '../records.ts';
import { requireText } from './validate.ts';

/**
 * One step in the AVE model (Aanpak ter Voorkoming van Escalatie): to any other phase 1 to 4, up
 * or down, always with a reason. Phase 4 (total escalation) records who holds bestuurlijke regie
 * (the mayor or an alderman); leaving phase 4 ends it.
 */
export function phaseStep(
  record: CaseRecord,
  input: { phase: number; reason: string; administrativeDirection?: string | null },
  caller: Caller,
  now: Date,
): void {
  const { phase } = input;
  if (!Number.isInteger(phase) || phase < 1 || phase > 4) {
    throw refuse('INVALID_PHASE_CHANGE', 'phase must be an AVE phase from 1 to 4.');
  }
  if (phase === record.phase) throw refuse('INVALID_PHASE_CHANGE', `The case is already in AVE phase ${phase}.`);
  const reason = requireText(input.reason, 'reason');
  const given = input.administrativeDirection?.trim() || null;
  if (phase === 4 && !given) {
    throw refuse('INVALID_PHASE_CHANGE', 'Escalation to AVE phase 4 must name who holds administrative direction (bestuurlijke regie).');
  }
  if (phase !== 4 && given) {
    throw refuse('INVALID_PHASE_CHANGE', 'administrativeDirection is recorded only on escalation to AVE phase 4.');
  }
  const administrativeDirection = given === null ? null : requireText(given, 'administrativeDirection', 200);
  record.phaseHistory.push({
    from: record.phase === 0 ? null : record.phase,
    to: phase,
    changedBy: caller.professional,
    changedAt: now.toISOString(),
    reason,
    administrativeDirection,
  });
  record.phase = phase;
  record.administrativeDirection = administrativeDirection;
}
