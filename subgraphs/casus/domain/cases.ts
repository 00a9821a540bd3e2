import { randomUUID } from 'node:crypto';
import type { Caller } from '../../../schema/caller.ts';
import { refuse } from '../casusErrors.ts';
import type { CaseRecord, ChildFile, ParticipantRecord, ProfessionalRecord } from '../records.ts';
import type { ChildChange } from '../store/casusStore.ts';
import { caseForChange, openCaseOf, participantFrom, requireDirector, type ParticipantInput } from './caseAccess.ts';
import { endConsentsOf } from './consentContext.ts';
import { verifiedSignal } from './involvement.ts';
import { confirmPendingPhase, phaseInput, phaseStep, proposeOrApply } from './phase.ts';
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

/** Most participants the case director names at once, besides the signalling contacts. */
const MAX_NAMED_PARTICIPANTS = 50;

/**
 * Opens the child's case from its open signals (one, or the signals of a match): the caller is the
 * case director (a CASE_DIRECTOR of the municipality); the signalling organisations' contacts
 * join as participants, with any others the director names. Separation of duties: a case needs
 * an open signal of another organisation whose own system of record confirmed its involvement,
 * so the municipality cannot open one on its own stated signal; and a case asked to open in AVE
 * phase 3 or 4 opens in phase 2 with that escalation proposed, awaiting a second organisation.
 * All of the input is checked before the store is read, so "already open" and "no open signal"
 * (which the director may know: they see every match) never depend on a malformed field being
 * checked or not.
 */
export function openCase(input: OpenCaseInput, caller: Caller, now: Date): (file: ChildFile) => ChildChange<CaseRecord> {
  requireChildId(input.childId);
  callerOrganisationOfType(caller.organisation, 'MUNICIPALITY', 'open a case (regie lies with the municipality)');
  const directorName = requireText(input.caseDirectorName, 'caseDirectorName', 200);
  const step = phaseInput({ phase: input.phase ?? 2, reason: input.reason ?? 'Casus geopend', administrativeDirection: input.administrativeDirection });
  if (step.phase < 2) throw refuse('INVALID_PHASE_CHANGE', 'A case opens in AVE phase 2, 3 or 4.');
  const named = input.participants ?? [];
  if (named.length > MAX_NAMED_PARTICIPANTS) throw refuse('INVALID_INPUT', `participants holds at most ${MAX_NAMED_PARTICIPANTS} professionals.`);
  const others = named.map((given) => participantFrom(given, now));
  return (file) => {
    if (openCaseOf(file)) throw refuse('CASE_ALREADY_OPEN', 'This child already has an open case; add participants to it instead.');
    const signals = file.signals.filter((signal) => isOpen(signal, now));
    if (!signals.some((signal) => verifiedSignal(signal) && signal.organisationId !== caller.organisation)) {
      throw refuse(
        'NO_OPEN_SIGNAL',
        "A case opens from an open signal of another organisation whose system of record confirms its involvement; this child has none.",
      );
    }
    const at = now.toISOString();
    const participants: ParticipantRecord[] = [{ organisationId: caller.organisation, professionalId: caller.professional, role: 'CASE_DIRECTOR', joinedAt: at }];
    const professionals: ProfessionalRecord[] = [{ id: caller.professional, name: directorName, organisationId: caller.organisation }];
    const join = (participant: ParticipantRecord) => {
      const known = participants.some((p) => p.organisationId === participant.organisationId && p.professionalId === participant.professionalId);
      if (!known) participants.push(participant);
    };
    for (const signal of signals) {
      join({ organisationId: signal.organisationId, professionalId: signal.contactProfessionalId, role: signal.contactRole, joinedAt: at });
    }
    for (const { participant, professional } of others) {
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
      pendingPhaseChange: null,
      goals: [],
      closedAt: null,
      closeReason: null,
    };
    const opening = Math.min(step.phase, 2);
    phaseStep(record, { ...step, phase: opening, administrativeDirection: null }, caller, now);
    if (step.phase > opening) proposeOrApply(record, step, caller, now);
    file.cases.push(record);
    return { result: record, professionals };
  };
}

export function addParticipant(
  input: { caseId: string; participant: ParticipantInput; expectedVersion?: number | null },
  caller: Caller,
  now: Date,
): (file: ChildFile) => ChildChange<CaseRecord> {
  const { participant, professional } = participantFrom(input.participant, now);
  return (file) => {
    const record = caseForChange(file, input.caseId, caller, input.expectedVersion);
    requireDirector(record, caller, 'add participants');
    if (record.participants.some((p) => p.organisationId === participant.organisationId && p.professionalId === participant.professionalId)) {
      throw refuse('INVALID_INPUT', 'This professional already takes part in the case.');
    }
    record.participants.push(participant);
    record.version++;
    return { result: record, professionals: [professional] };
  };
}

export function changePhase(
  input: { caseId: string; phase: number; reason: string; administrativeDirection?: string | null; expectedVersion?: number | null },
  caller: Caller,
  now: Date,
): (file: ChildFile) => ChildChange<CaseRecord> {
  const step = phaseInput(input);
  return (file) => {
    const record = caseForChange(file, input.caseId, caller, input.expectedVersion);
    requireDirector(record, caller, 'change the AVE phase');
    proposeOrApply(record, step, caller, now);
    record.version++;
    return { result: record };
  };
}

/** Closes the case; from then on it releases nothing to its former participants. */
export function closeCase(
  input: { caseId: string; reason: string; expectedVersion?: number | null },
  caller: Caller,
  now: Date,
): (file: ChildFile) => ChildChange<CaseRecord> {
  const reason = requireText(input.reason, 'reason');
  return (file) => {
    const record = caseForChange(file, input.caseId, caller, input.expectedVersion);
    requireDirector(record, caller, 'close the case');
    record.closeReason = reason;
    record.status = 'CLOSED';
    record.closedAt = now.toISOString();
    record.pendingPhaseChange = null;
    record.version++;
    endConsentsOf(file, record.id, now);
    return { result: record };
  };
}

/**
 * A participant of another organisation than the case director's confirms the escalation the
 * director proposed (`phase.ts`); until then the case stays in its phase and releases nothing more.
 */
export function confirmPhaseChange(
  input: { caseId: string; confirmerName: string; expectedVersion?: number | null },
  caller: Caller,
  now: Date,
): (involved: boolean) => (file: ChildFile) => ChildChange<CaseRecord> {
  const name = requireText(input.confirmerName, 'confirmerName', 200);
  return (involved) => (file) => {
    const record = caseForChange(file, input.caseId, caller, input.expectedVersion);
    confirmPendingPhase(record, caller, now, involved);
    record.version++;
    return { result: record, professionals: [{ id: caller.professional, name, organisationId: caller.organisation }] };
  };
}
