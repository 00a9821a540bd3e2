/**
 * What the casus subgraph keeps, as its store holds it. These are the codegen mappers: resolvers
 * map these records onto the graph. Everything about one child lives in one `ChildFile`, so a
 * mutation is one atomic read-modify-write of one key and grants for many children are one read.
 */
import type { Purpose, Role } from '../../schema/vocabulary.ts';

export type SignalDomain = 'EDUCATION' | 'HEALTH' | 'SAFETY' | 'FAMILY' | 'DEVELOPMENT' | 'OTHER';
export type SignalStatus = 'OPEN' | 'ARCHIVED' | 'WITHDRAWN';

/**
 * What a signal's involvement rests on: the organisation's own system of record (its adapter
 * confirmed an enrolment, placement, JGZ client or file), or, for an organisation without one in
 * the hub (the municipality), a reason its professional stated, which the privacy officer sees.
 */
export type InvolvementRecord = { basis: 'SYSTEM_OF_RECORD'; subgraph: string } | { basis: 'STATED_REASON'; reason: string };

/** A signal of involvement (verwijsindex): that an organisation is involved, never why. */
export interface SignalRecord {
  id: string;
  childId: string;
  organisationId: string;
  contactProfessionalId: string;
  /** The contact's covenant role, so a case opened from the signal can add them as participant. */
  contactRole: Role;
  domain: SignalDomain | null;
  registeredAt: string;
  status: SignalStatus;
  /** When the signal was archived or withdrawn; retention deletes it five years later. */
  closedAt: string | null;
  /** Absent on signals from before involvement was verified: they count as unverified. */
  involvement?: InvolvementRecord;
}

export interface ParticipantRecord {
  organisationId: string;
  professionalId: string;
  role: Role;
  joinedAt: string;
}

export interface PhaseChangeRecord {
  from: number | null;
  to: number;
  /** Who made the change, or proposed it when it needed confirming. */
  changedBy: string;
  changedAt: string;
  reason: string;
  /** Who holds bestuurlijke regie from this change on (phase 4 only). */
  administrativeDirection: string | null;
  /** The participant of another organisation who confirmed an escalation to phase 3 or 4. */
  confirmedBy?: { professionalId: string; organisationId: string } | null;
}

/**
 * An escalation to AVE phase 3 or 4 the case director proposed; it takes effect only when a
 * participant of another organisation confirms it (separation of duties).
 */
export interface PendingPhaseChangeRecord {
  to: number;
  reason: string;
  administrativeDirection: string | null;
  proposedBy: string;
  proposedAt: string;
}

export type ActionStatus = 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';

export interface ActionRecord {
  id: string;
  description: string;
  ownerProfessionalId: string;
  ownerOrganisationId: string;
  dueDate: string;
  status: ActionStatus;
  updatedAt: string;
}

export interface GoalRecord {
  id: string;
  description: string;
  actions: ActionRecord[];
}

export type CaseStatus = 'OPEN' | 'CLOSED';

export interface CaseRecord {
  id: string;
  childId: string;
  status: CaseStatus;
  phase: number;
  /** Bumped on every change: clients send it back as `expectedVersion` to detect stale edits. */
  version: number;
  openedAt: string;
  caseDirectorId: string;
  /** The municipality that directs the case; it holds the case file. */
  directorOrganisationId: string;
  fromSignalIds: string[];
  participants: ParticipantRecord[];
  phaseHistory: PhaseChangeRecord[];
  administrativeDirection: string | null;
  /** An escalation awaiting confirmation by a participant of another organisation, or null. */
  pendingPhaseChange?: PendingPhaseChangeRecord | null;
  goals: GoalRecord[];
  closedAt: string | null;
  closeReason: string | null;
}

export type ConsentGiver = 'PARENT' | 'GUARDIAN' | 'CHILD';

export interface ConsentGivingRecord {
  giver: ConsentGiver;
  givenAt: string;
  /** The professional who recorded it (accountability); not on the graph. */
  recordedBy: string;
}

/** Consent per child, per purpose, per receiving organisation (AVG art. 6(1)(a), 7). */
export interface ConsentRecord {
  id: string;
  childId: string;
  purpose: Purpose;
  organisationId: string;
  recordedByOrganisationId: string;
  givings: ConsentGivingRecord[];
  /** Last day (ISO date) on which the consent holds. */
  validUntil: string;
  recordedAt: string;
  withdrawnAt: string | null;
  /**
   * What the consent was given for: the case (CASE_DISCUSSION) or the handover (WARM_HANDOVER).
   * It ends with that context: a closed case releases nothing more under it. Absent on consents
   * from before consent was bound to its context: they count as ended.
   */
  contextId?: string | null;
  /** When its context ended (the case was closed). */
  endedAt?: string | null;
  /**
   * The birth date the age rule uses for this consent, unless the case director settled the
   * child's date: the recorder's own report, so another organisation's date can neither reveal
   * nor change it.
   */
  birthDate?: string | null;
  /**
   * Set when the recording organisation is the receiving one (the case director for the
   * municipality): the consent holds only once a participant of another organisation confirms it.
   */
  confirmation?: { required: true; confirmedBy: { professionalId: string; organisationId: string; at: string } | null } | null;
}

/** A warm handover from childcare to primary school (overdrachtsformulier). */
export interface HandoverRecord {
  id: string;
  childId: string;
  fromOrganisationId: string;
  toSchoolId: string;
  preparedBy: string;
  preparedAt: string;
  development: string;
  vveProgramme: string;
  vveDurationMonths: number;
  pointsOfAttention: string[];
}

/** A professional as they gave their name when signalling or joining a case. */
export interface ProfessionalRecord {
  id: string;
  name: string;
  organisationId: string;
}

/**
 * Minimal data for the consent age rule (AVG art. 7 and 8, UAVG art. 5): nothing else about the
 * child. Each organisation's own latest report is kept, so a false date from one organisation can
 * neither overwrite nor block another's; while they disagree the age rule decides nothing until
 * the case director settles the date (`domain/birthDate.ts`).
 */
export interface BirthDates {
  /** The date each organisation last gave, by organisation id; emptied once the date is settled. */
  reported: Record<string, string>;
  /** The date the case director settled; it decides from then on and later reports are not kept. */
  settled: string | null;
}

/** Everything the hub keeps about one child. */
export interface ChildFile {
  childId: string;
  /** Absent until a birth date is given; deleted with the file. */
  birthDates?: BirthDates;
  /**
   * Files written before `birthDates` kept the first writer's date here. It is read as one more
   * report of unknown origin, so it cannot outvote anyone, and dropped on the file's next birth-date write.
   */
  birthDate?: string | null;
  signals: SignalRecord[];
  cases: CaseRecord[];
  consents: ConsentRecord[];
  handovers: HandoverRecord[];
}

export const emptyFile = (childId: string): ChildFile => ({ childId, signals: [], cases: [], consents: [], handovers: [] });

/** A file with nothing left in it is deleted, birth date included. */
export const isEmptyFile = (file: ChildFile) =>
  file.signals.length + file.cases.length + file.consents.length + file.handovers.length === 0;
