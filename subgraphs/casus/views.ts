/**
 * The codegen mappers: each graph type's parent as the resolvers receive it. Records that carry
 * per-child rules are stamped with the child and the holding organisation, so the kit's guard can
 * decide them per record (`ChildScoped`).
 */
import type { ChildScoped } from '../kit/privacyGuard.ts';
import { consentStatus, type ConsentStatus } from './domain/consent.ts';
import { handoverReleased } from './domain/handover.ts';
import type { CaseRecord, ChildFile, ConsentRecord, HandoverRecord } from './records.ts';

export type { MatchView } from './domain/signals.ts';
export type {
  ActionRecord,
  ConsentGivingRecord,
  GoalRecord,
  ParticipantRecord,
  PendingPhaseChangeRecord,
  PhaseChangeRecord,
  ProfessionalRecord,
  SignalRecord,
} from './records.ts';

export interface ChildRef {
  id: string;
}

export interface OrganisationRef {
  id: string;
}

/** A case on the graph; the municipality directing it holds the case file. */
export type CaseView = CaseRecord & ChildScoped;

/** A consent with its status at the time of the request. */
export type ConsentView = ConsentRecord & ChildScoped & { status: ConsentStatus };

/** A handover: held for the receiving school, so only it meets `OWN_ORGANISATION`. */
export type HandoverView = HandoverRecord & ChildScoped & { released: boolean };

export const caseView = (record: CaseRecord): CaseView => ({ ...record, holderOrganisationId: record.directorOrganisationId });

export const consentView = (record: ConsentRecord, file: ChildFile, now: Date): ConsentView => ({
  ...record,
  holderOrganisationId: record.organisationId,
  status: consentStatus(record, file, now),
});

export const handoverView = (record: HandoverRecord, file: ChildFile, now: Date): HandoverView => ({
  ...record,
  holderOrganisationId: record.toSchoolId,
  released: handoverReleased(file, record, now),
});
