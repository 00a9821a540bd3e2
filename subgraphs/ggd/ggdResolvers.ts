import { childrenHeldBy, loadListForChild, resolveChildReference, resolveOrganisationReference } from '../kit/childRecords.ts';
import type { Resolvers } from './__generated__/resolvers.ts';
import { codeIn, dateOf, SYSTEM, textOf } from './fhirCodes.ts';
import { ACTIVITY_STATUS, CONCERN_DOMAIN, CONCERN_STATUS, CONTACT_STATUS, contactDiscipline, contactSetting, INSTRUMENT, NOT_GIVEN_REASON, OUTCOME } from './ggdCodings.ts';
import { carePlanStatus, careSummary, currentAdvice, currentPlan, growthMeasurements, isValid, newestFirst, validConcerns } from './ggdViews.ts';

const openActivity = (status: string) => !['completed', 'cancelled', 'stopped', 'entered-in-error'].includes(status);

/** Maps the GGD's FHIR resources onto the graph. Privacy is decided by the kit's guard before these run. */
export const ggdResolvers: Resolvers = {
  Child: {
    __resolveReference: resolveChildReference,
    jgzContacts: async (child, _args, { partner, loaders }) => {
      const encounters = await loadListForChild(partner.index, child.id, loaders.encounters);
      return newestFirst(encounters.filter(isValid), (e) => e.period?.start);
    },
    growthMeasurements: async (child, _args, { partner, loaders }) => {
      const observations = await loadListForChild(partner.index, child.id, loaders.growth);
      return growthMeasurements(observations);
    },
    vaccinations: async (child, _args, { partner, loaders }) => {
      const immunizations = await loadListForChild(partner.index, child.id, loaders.immunizations);
      return newestFirst(immunizations.filter(isValid), (i) => i.occurrenceDateTime);
    },
    developmentScreenings: async (child, _args, { partner, loaders }) => {
      const observations = await loadListForChild(partner.index, child.id, loaders.screenings);
      return newestFirst(observations.filter(isValid), (o) => o.effectiveDateTime);
    },
    jgzConcerns: async (child, _args, { partner, loaders }) => {
      const conditions = await loadListForChild(partner.index, child.id, loaders.conditions);
      return validConcerns(conditions);
    },
    jgzCarePlan: async (child, _args, { partner, loaders }) => {
      const plans = await loadListForChild(partner.index, child.id, loaders.carePlans);
      return currentPlan(plans);
    },
    jgzAdviceForSchool: async (child, _args, { partner, loaders }) => {
      const advice = await loadListForChild(partner.index, child.id, loaders.schoolAdvice);
      return currentAdvice(advice);
    },
    jgzCareSummary: async (child, _args, { partner, loaders }) => {
      const [conditions, plans] = await Promise.all([
        loadListForChild(partner.index, child.id, loaders.conditions),
        loadListForChild(partner.index, child.id, loaders.carePlans),
      ]);
      const indexed = await partner.index.lookup(child.id);
      if (!indexed) return null;
      return careSummary(conditions, plans, { childId: child.id, holderOrganisationId: indexed.holderOrganisationId });
    },
  },
  Organisation: {
    __resolveReference: resolveOrganisationReference,
    jgzClients: (organisation, page, { partner }) => childrenHeldBy(partner.index, organisation.id, page),
  },
  JgzContact: {
    date: (encounter) => dateOf(encounter.period?.start),
    description: (encounter) => textOf(encounter.type?.[0]),
    setting: (encounter) => contactSetting(encounter),
    scheduled: (encounter) => codeIn(encounter.type, SYSTEM.contactKind) === 'regulier',
    status: (encounter) => CONTACT_STATUS[encounter.status] ?? 'UNKNOWN',
    discipline: (encounter) => contactDiscipline(encounter),
  },
  JgzVaccination: {
    vaccine: (immunization) => textOf(immunization.vaccineCode) ?? codeIn(immunization.vaccineCode, SYSTEM.atc) ?? 'onbekend vaccin',
    atcCode: (immunization) => codeIn(immunization.vaccineCode, SYSTEM.atc),
    date: (immunization) => dateOf(immunization.occurrenceDateTime),
    doseNumber: (immunization) => immunization.protocolApplied?.[0]?.doseNumberPositiveInt ?? null,
    status: (immunization) => (immunization.status === 'not-done' ? 'NOT_GIVEN' : 'GIVEN'),
    notGivenReason: (immunization) =>
      immunization.status === 'not-done' ? (NOT_GIVEN_REASON[codeIn(immunization.statusReason, SYSTEM.actReason) ?? ''] ?? 'OTHER') : null,
  },
  JgzDevelopmentScreening: {
    date: (observation) => dateOf(observation.effectiveDateTime),
    instrument: (observation) => INSTRUMENT[codeIn(observation.code, SYSTEM.instrument) ?? ''] ?? 'OTHER',
    score: (observation) => observation.valueInteger ?? null,
    outcome: (observation) => OUTCOME[codeIn(observation.interpretation, SYSTEM.interpretation) ?? ''] ?? null,
  },
  JgzConcern: {
    description: (condition) => textOf(condition.code),
    domain: (condition) => CONCERN_DOMAIN[codeIn(condition.category, SYSTEM.careDomain) ?? ''] ?? 'OTHER',
    status: (condition) => CONCERN_STATUS[codeIn(condition.clinicalStatus, SYSTEM.conditionClinical) ?? ''] ?? null,
    since: (condition) => dateOf(condition.onsetDateTime),
  },
  JgzCarePlan: {
    title: (plan) => plan.title ?? null,
    status: (plan) => carePlanStatus(plan),
    startedOn: (plan) => dateOf(plan.period?.start),
    activities: (plan) =>
      (plan.activity ?? []).flatMap(({ detail }) =>
        detail?.description && detail.status !== 'entered-in-error'
          ? [{ description: detail.description, status: detail.status ?? 'unknown', childId: plan.childId, holderOrganisationId: plan.holderOrganisationId }]
          : [],
      ),
  },
  JgzCarePlanActivity: {
    description: (activity) => activity.description,
    status: (activity) => ACTIVITY_STATUS[activity.status] ?? 'UNKNOWN',
  },
  JgzSchoolAdvice: {
    advice: (plan) => plan.description ?? '',
    givenOn: (plan) => dateOf(plan.period?.start),
  },
  JgzCareSummary: {
    activeConcernDomains: (summary) => summary.activeConcernDomains,
    carePlanStatus: (summary) => summary.carePlan && carePlanStatus(summary.carePlan),
    carePlanStartedOn: (summary) => dateOf(summary.carePlan?.period?.start),
    openActivities: (summary) => (summary.carePlan?.activity ?? []).filter((a) => a.detail && openActivity(a.detail.status ?? 'unknown')).length,
  },
};
