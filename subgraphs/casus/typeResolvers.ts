import type { Resolvers } from './__generated__/resolvers.ts';
import { isOpen } from './domain/retention.ts';
import type { SignalRecord } from './records.ts';

// Past its two years a signal is archived even before the retention job has run.
const statusAt = (signal: SignalRecord, now: Date) => (signal.status === 'OPEN' && !isOpen(signal, now) ? 'ARCHIVED' : signal.status);

/** Maps the casus records onto the graph. Privacy is decided by the kit's guard before these run. */
export const typeResolvers: Pick<
  Resolvers,
  | 'Signal'
  | 'StatedInvolvement'
  | 'Match'
  | 'Case'
  | 'CaseParticipant'
  | 'PhaseChange'
  | 'PendingPhaseChange'
  | 'PlanAction'
  | 'CaseClosure'
  | 'Consent'
  | 'ConsentGiving'
  | 'WarmHandover'
> = {
  Signal: {
    child: (signal) => ({ id: signal.childId }),
    organisation: (signal) => ({ id: signal.organisationId }),
    contact: (signal, _, { loaders }) => loaders.professional.load(signal.contactProfessionalId),
    status: (signal, _, { partner }) => statusAt(signal, partner.now()),
    involvement: (signal) => signal.involvement?.basis ?? null,
  },
  StatedInvolvement: {
    signalId: (signal) => signal.id,
    child: (signal) => ({ id: signal.childId }),
    organisation: (signal) => ({ id: signal.organisationId }),
    professionalId: (signal) => signal.contactProfessionalId,
    role: (signal) => signal.contactRole,
    reason: (signal) => (signal.involvement?.basis === 'STATED_REASON' ? signal.involvement.reason : ''),
    status: (signal, _, { partner }) => statusAt(signal, partner.now()),
  },
  Match: {
    child: (match) => ({ id: match.childId }),
  },
  Case: {
    child: (record) => ({ id: record.childId }),
    caseDirector: (record, _, { loaders }) => loaders.professional.load(record.caseDirectorId),
  },
  CaseParticipant: {
    organisation: (participant) => ({ id: participant.organisationId }),
    professional: (participant, _, { loaders }) => loaders.professional.load(participant.professionalId),
  },
  PhaseChange: {
    changedBy: (change, _, { loaders }) => loaders.professional.load(change.changedBy),
    confirmedBy: (change, _, { loaders }) => (change.confirmedBy ? loaders.professional.load(change.confirmedBy.professionalId) : null),
  },
  PendingPhaseChange: {
    proposedBy: (pending, _, { loaders }) => loaders.professional.load(pending.proposedBy),
  },
  PlanAction: {
    owner: (action, _, { loaders }) => loaders.professional.load(action.ownerProfessionalId),
    ownerOrganisation: (action) => ({ id: action.ownerOrganisationId }),
  },
  CaseClosure: {
    caseId: (record) => record.id,
    closedAt: (record) => record.closedAt ?? '',
  },
  Consent: {
    child: (consent) => ({ id: consent.childId }),
    organisation: (consent) => ({ id: consent.organisationId }),
    givenBy: (consent) => consent.givings,
    confirmedBy: (consent, _, { loaders }) =>
      consent.confirmation?.confirmedBy ? loaders.professional.load(consent.confirmation.confirmedBy.professionalId) : null,
  },
  ConsentGiving: {},
  WarmHandover: {
    child: (handover) => ({ id: handover.childId }),
    fromOrganisation: (handover) => ({ id: handover.fromOrganisationId }),
    toSchool: (handover) => ({ id: handover.toSchoolId }),
    status: (handover) => (handover.released ? 'RELEASED' : 'AWAITING_CONSENT'),
  },
};
