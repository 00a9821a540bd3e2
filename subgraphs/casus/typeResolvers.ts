import type { Resolvers } from './__generated__/resolvers.ts';
import { isOpen } from './domain/retention.ts';

/** Maps the casus records onto the graph. Privacy is decided by the kit's guard before these run. */
export const typeResolvers: Pick<
  Resolvers,
  'Signal' | 'Match' | 'Case' | 'CaseParticipant' | 'PhaseChange' | 'PlanAction' | 'CaseClosure' | 'Consent' | 'ConsentGiving' | 'WarmHandover'
> = {
  Signal: {
    child: (signal) => ({ id: signal.childId }),
    organisation: (signal) => ({ id: signal.organisationId }),
    contact: (signal, _, { loaders }) => loaders.professional.load(signal.contactProfessionalId),
    // Past its two years a signal is archived even before the retention job has run.
    status: (signal, _, { partner }) => (signal.status === 'OPEN' && !isOpen(signal, partner.now()) ? 'ARCHIVED' : signal.status),
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
  },
  ConsentGiving: {},
  WarmHandover: {
    child: (handover) => ({ id: handover.childId }),
    fromOrganisation: (handover) => ({ id: handover.fromOrganisationId }),
    toSchool: (handover) => ({ id: handover.toSchoolId }),
    status: (handover) => (handover.released ? 'RELEASED' : 'AWAITING_CONSENT'),
  },
};
