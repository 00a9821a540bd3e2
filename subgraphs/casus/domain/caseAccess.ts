import type { Caller } from '../../../schema/caller.ts';
import type { OrganisationType } from '../../../schema/covenant.ts';
import type { Role } from '../../../schema/vocabulary.ts';
import { refuse } from '../casusErrors.ts';
import type { CaseRecord, ChildFile, ParticipantRecord, ProfessionalRecord } from '../records.ts';
import { requireOrganisation, requireText } from './validate.ts';

/** Roles that sit at a case table, and the kind of organisation each acts for. */
export const CASE_ROLES: Partial<Record<Role, OrganisationType>> = {
  CASE_DIRECTOR: 'MUNICIPALITY',
  SCHOOL_CARE_COORDINATOR: 'SCHOOL',
  CHILDCARE_WORKER: 'CHILDCARE',
  JGZ_PROFESSIONAL: 'GGD',
  VEILIG_THUIS_WORKER: 'VEILIG_THUIS',
  POLICE_OFFICER: 'POLICE',
  // Takes part, and may confirm an escalation or the director's own consent, only through its own
  // system of record: involvement there is a started trajectory (JW305), which the provider itself
  // reports, not the allocation (JW301) that the director's own municipality issues.
  YOUTH_CARE_PROVIDER: 'YOUTH_CARE',
};

/** A participant as the case director names them. */
export interface ParticipantInput {
  organisationId: string;
  professionalId: string;
  professionalName: string;
  role: Role;
}

/** Validates a participant; returns the record and the professional to remember. */
export function participantFrom(input: ParticipantInput, now: Date): { participant: ParticipantRecord; professional: ProfessionalRecord } {
  const type = CASE_ROLES[input.role];
  if (!type) throw refuse('INVALID_INPUT', `role ${input.role} does not take part in cases.`);
  requireOrganisation(input.organisationId, 'participant organisationId', type);
  const professionalId = requireText(input.professionalId, 'professionalId', 200);
  const name = requireText(input.professionalName, 'professionalName', 200);
  return {
    participant: { organisationId: input.organisationId, professionalId, role: input.role, joinedAt: now.toISOString() },
    professional: { id: professionalId, name, organisationId: input.organisationId },
  };
}

export const takesPart = (record: CaseRecord, organisationId: string) =>
  record.participants.some((participant) => participant.organisationId === organisationId);

/** The child's open case, if any: a child has at most one. */
export const openCaseOf = (file: ChildFile): CaseRecord | null => file.cases.find((c) => c.status === 'OPEN') ?? null;

/**
 * The case a mutation acts on. Unknown to the caller's organisation reads as not found, so
 * a case's existence is not revealed; a closed case accepts no change; a stale
 * `expectedVersion` is a conflict, so an edit made on an old view does not overwrite a newer one.
 */
export function caseForChange(file: ChildFile, caseId: string, caller: Caller, expectedVersion?: number | null): CaseRecord {
  const record = file.cases.find((c) => c.id === caseId);
  if (!record || !takesPart(record, caller.organisation)) throw refuse('NOT_FOUND', 'No case of your organisation has this id.');
  if (record.status === 'CLOSED') throw refuse('CASE_CLOSED', 'This case is closed; it accepts no more changes.');
  if (expectedVersion !== null && expectedVersion !== undefined && expectedVersion !== record.version) {
    throw refuse('STALE_VERSION', 'The case changed since you read it; re-read it and apply your change again.', {
      currentVersion: record.version,
    });
  }
  return record;
}

/** The caller is the case director (regisseur) of this case. */
export const isCaseDirector = (record: CaseRecord, caller: Caller): boolean =>
  caller.role === 'CASE_DIRECTOR' && record.caseDirectorId === caller.professional && record.directorOrganisationId === caller.organisation;

/** Only the case director (regisseur) of this case may do this. */
export function requireDirector(record: CaseRecord, caller: Caller, action: string): void {
  if (!isCaseDirector(record, caller)) {
    throw refuse('NOT_CASE_DIRECTOR', `Only the case director of this case may ${action}.`);
  }
}
