import { childrenHeldBy, loadForChild, loadListForChild, resolveChildReference, resolveOrganisationReference } from '../kit/childRecords.ts';
import type {
  ChildcareAssessment,
  ChildcareConcern,
  ChildcareDevelopmentDomain,
  ChildcareFollowUp,
  ChildcareType,
  Resolvers,
  VveReason,
} from './__generated__/resolvers.ts';
import type { CcCareSignal, CcObservation, CcPlacement, CcVveIndication } from './records.ts';

const CARE_TYPE: Record<CcPlacement['careType'], ChildcareType> = { DAGOPVANG: 'DAYCARE', PEUTEROPVANG: 'PRESCHOOL' };
const VVE_REASON: Record<CcVveIndication['reasonCode'], VveReason> = {
  TAAL: 'LANGUAGE',
  SOC_EMO: 'SOCIAL_EMOTIONAL',
  MOTORIEK: 'MOTOR',
  OMGEVING: 'HOME_ENVIRONMENT',
};
const DOMAIN: Record<CcObservation['domain'], ChildcareDevelopmentDomain> = {
  TAAL: 'LANGUAGE',
  REKENEN: 'EARLY_NUMERACY',
  GROVE_MOTORIEK: 'GROSS_MOTOR',
  FIJNE_MOTORIEK: 'FINE_MOTOR',
  SOC_EMO: 'SOCIAL_EMOTIONAL',
  ZELFREDZAAMHEID: 'SELF_RELIANCE',
};
const ASSESSMENT: Record<CcObservation['assessment'], ChildcareAssessment> = { VOORSPRONG: 'AHEAD', CONFORM: 'ON_TRACK', ACHTERSTAND: 'BEHIND' };
const CONCERN: Record<CcCareSignal['concernCode'], ChildcareConcern> = {
  ONTWIKKELING: 'DEVELOPMENT',
  GEDRAG: 'BEHAVIOUR',
  THUISSITUATIE: 'HOME_SITUATION',
  VERWAARLOZING: 'NEGLECT',
  GEZONDHEID: 'HEALTH',
};
const FOLLOW_UP: Record<CcCareSignal['followUpCode'], ChildcareFollowUp> = {
  OBSERVEREN: 'OBSERVE',
  DOORVERWEZEN_JGZ: 'REFERRED_TO_JGZ',
  OVERLEG_WIJKTEAM: 'CONSULTED_YOUTH_TEAM',
  MELDING_VEILIG_THUIS: 'REPORTED_TO_VEILIG_THUIS',
};

/** The schema promises newest first; the partner API does not promise an order. Stable for equal dates. */
const newestFirst = <T>(dateOf: (record: T) => string) => (records: T[] | null) =>
  records && [...records].sort((a, b) => dateOf(b).localeCompare(dateOf(a)));

/** Maps the childcare system's format onto the graph. Privacy is decided by the kit's guard before these run. */
export const childcareResolvers: Resolvers = {
  Child: {
    __resolveReference: resolveChildReference,
    childcarePlacement: (child, _args, { partner, loaders }) => loadForChild(partner.index, child.id, loaders.placement),
    vveIndication: (child, _args, { partner, loaders }) => loadForChild(partner.index, child.id, loaders.vveIndication),
    childcareObservations: (child, _args, { partner, loaders }) =>
      loadListForChild(partner.index, child.id, loaders.observations).then(newestFirst((o) => o.observationDate)),
    childcareHandoverForm: (child, _args, { partner, loaders }) => loadForChild(partner.index, child.id, loaders.handover),
    childcareCareSignals: (child, _args, { partner, loaders }) =>
      loadListForChild(partner.index, child.id, loaders.careSignals).then(newestFirst((s) => s.signalDate)),
  },
  Organisation: {
    __resolveReference: resolveOrganisationReference,
    placedChildren: (organisation, page, { partner }) => childrenHeldBy(partner.index, organisation.id, page),
  },
  ChildcarePlacement: {
    location: (placement) => ({ id: placement.locationId }),
    group: (placement) => placement.groupName,
    careType: (placement) => CARE_TYPE[placement.careType],
    daysPerWeek: (placement) => placement.daysPerWeek,
    startedOn: (placement) => placement.startDate,
    endedOn: (placement) => placement.endDate,
  },
  VveIndication: {
    indicatedOn: (indication) => indication.indicationDate,
    indicatedBy: (indication) => indication.indicatedBy,
    reason: (indication) => VVE_REASON[indication.reasonCode],
    programme: (indication) => indication.programme,
    hoursPerWeek: (indication) => indication.hoursPerWeek,
    validUntil: (indication) => indication.validUntil,
  },
  ChildcareObservation: {
    observedOn: (observation) => observation.observationDate,
    instrument: (observation) => observation.instrument,
    domain: (observation) => DOMAIN[observation.domain],
    level: (observation) => observation.level,
    assessment: (observation) => ASSESSMENT[observation.assessment],
  },
  ChildcareHandoverForm: {
    drawnUpOn: (form) => form.formDate,
    receivingSchool: (form) => (form.receivingSchoolId === null ? null : { id: form.receivingSchoolId }),
    parentsConsented: (form) => form.parentConsent,
    warmHandoverMeeting: (form) => form.warmHandoverMeeting,
    attendedVve: (form) => form.attendedVve,
    summary: (form) => form.summary,
    attentionPoints: (form) => form.attentionPoints,
  },
  ChildcareCareSignal: {
    signalledOn: (signal) => signal.signalDate,
    concern: (signal) => CONCERN[signal.concernCode],
    discussedWithParents: (signal) => signal.discussedWithParents,
    followUp: (signal) => FOLLOW_UP[signal.followUpCode],
  },
};
