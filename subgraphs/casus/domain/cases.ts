import { randomUUID } from 'node:crypto';
import type { Caller } from '../../../schema/caller.ts';
import { refuse } from '../casusErrors.ts';
import type { CaseRecord, ChildFile, ParticipantRecord, ProfessionalRecord } from '../records.ts';
import type { ChildChange } from '../store/casusStore.ts';
import { caseForChange, openCaseOf, participantFrom, requireDirector, type ParticipantInput } from './caseAccess.ts';
import { phaseStep } from './phase.ts';
import { isOpen } from './retention.ts';
import { callerOrganisationOfType, requireChildId, requireText } from './validate.ts';

export interface OpenCaseInput {
  childId: string;
  /** AVE phase to start in, 2 to 4; default 2 (phase 1 shares no personal data, so needs no case). */
  phase?: number | null;
  reason?: string | null;
  administrativeDirection?: string | null;
  caseDirectorName: string;
  participants?: readonly ParticipantInput[] | null;
}

/**
 * Opens the child's case from its open signals (one, or the signals of a match): the caller is the
 * case director (a CASE_DIRECTOR of the municipality); the signalling organisations' contacts
 * join as participants, with any others the director names.
 */
export function openCase(file: ChildFile, input: OpenCaseInput, caller: Caller, now: Date): ChildChange<CaseRecord> {
  requireChildId(input.childId);
  callerOrganisationOfType(caller.organisation, 'MUNICIPALITY', 'open a case (regie lies with the municipality)');
  if (openCaseOf(file)) throw refuse('CASE_ALREADY_OPEN', 'This child already has an open case; add participants to it instead.');
  const signals = file.signals.filter((signal) => isOpen(signal, now));
  if (signals.length === 0) throw refuse('NO_OPEN_SIGNAL', 'A case opens from a signal or a match; this child has no open signal.');
  const at = now.toISOString();
  const director: ProfessionalRecord = {
    id: caller.professional,
    name: requireText(input.caseDirectorName, 'caseDirectorName', 200),
    organisationId: caller.organisation,
  };
  const participants: ParticipantRecord[] = [{ organisationId: caller.organisation, professionalId: caller.professional, role: 'CASE_DIRECTOR', joinedAt: at }];
  const professionals: ProfessionalRecord[] = [director];
  const join = (participant: ParticipantRecord) => {
    const known = participants.some((p) => p.organisationId === participant.organisationId && p.professionalId === participant.professionalId);
    if (!known) participants.push(participant);
  };
  for (const signal of signals) {
    join({ organisationId: signal.organisationId, professionalId: signal.contactProfessionalId, role: signal.contactRole, joinedAt: at });
  }
  for (const given of input.participants ?? []) {
    const { participant, professional } = participantFrom(given, now);
    join(participant);
    professionals.push(professional);
  }
  const record: CaseRecord = {
    id: `case_${randomUUID()}`,
    childId: file.childId,
    status: 'OPEN',
    phase: 0,
    version: 1,
    openedAt: at,
    caseDirectorId: caller.professional,
    directorOrganisationId: caller.organisation,
    fromSignalIds: signals.map((signal) => signal.id),
    participants,
    phaseHistory: [],
    administrativeDirection: null,
    goals: [],
    closedAt: null,
    closeReason: null,
  };
  const phase = input.phase ?? 2;
  if (phase < 2) throw refuse('INVALID_PHASE_CHANGE', 'A case opens in AVE phase 2, 3 or 4.');
  phaseStep(record, { phase, reason: input.reason ?? 'Casus geopend', administrativeDirection: input.administrativeDirection }, caller, now);
  file.cases.push(record);
  return { result: record, professionals };
}

export function addParticipant(
  file: ChildFile,
  input: { caseId: string; participant: ParticipantInput; expectedVersion?: number | null },
  caller: Caller,
  now: Date,
): ChildChange<CaseRecord> {
  const record = caseForChange(file, input.caseId, caller, input.expectedVersion);
  requireDirector(record, caller, 'add participants');
  const { participant, professional } = participantFrom(input.participant, now);
  if (record.participants.some((p) => p.organisationId === participant.organisationId && p.professionalId === participant.professionalId)) {
    throw refuse('INVALID_INPUT', 'This professional already takes part in the case.');
  }
  record.participants.push(participant);
  record.version++;
  return { result: record, professionals: [professional] };
}

export function changePhase(
  file: ChildFile,
  input: { caseId: string; phase: number; reason: string; administrativeDirection?: string | null; expectedVersion?: number | null },
  caller: Caller,
  now: Date,
): ChildChange<CaseRecord> {
  const record = caseForChange(file, input.caseId, caller, input.expectedVersion);
  requireDirector(record, caller, 'change the AVE phase');
  phaseStep(record, input, caller, now);
  record.version++;
  return { result: record };
}

/** Closes the case; from then on it releases nothing to its former participants. */
export function closeCase(
  file: ChildFile,
  input: { caseId: string; reason: string; expectedVersion?: number | null },
  caller: Caller,
  now: Date,
): ChildChange<CaseRecord> {
  const record = caseForChange(file, input.caseId, caller, input.expectedVersion);
  requireDirector(record, caller, 'close the case');
  record.closeReason = requireText(input.reason, 'reason');
  record.status = 'CLOSED';
  record.closedAt = now.toISOString();
  record.version++;
  return { result: record };
}
