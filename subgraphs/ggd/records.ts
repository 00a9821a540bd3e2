/**
 * The codegen mappers: each graph type's parent as the resolvers receive it. Mostly the FHIR
 * resources themselves, stamped with the child and the holding organisation; growth and the
 * case director's summary are built by the adapter from several resources.
 */
import type { Scoped } from '../kit/graphRecords.ts';

export type { ChildRef, OrganisationRef, Scoped } from '../kit/graphRecords.ts';
import type { JgzConcernDomain } from './__generated__/resolvers.ts';
import type { CarePlan, Condition, Encounter, Immunization, Observation } from './fhirTypes.ts';

/** Length and weight observations of one day, converted to centimetres and kilograms. */
export interface GrowthMeasurement {
  measuredOn: string;
  heightCm: number | null;
  weightKg: number | null;
}

/** One care plan activity with the status and text the graph shows. */
export interface ActivityRecord {
  description: string;
  status: string;
}

/** What the case director's summary is made of: active concern domains and the care plan. */
export interface CareSummary {
  activeConcernDomains: JgzConcernDomain[];
  carePlan: CarePlan | null;
}

export type ContactRecord = Scoped<Encounter>;
export type GrowthRecord = Scoped<GrowthMeasurement>;
export type VaccinationRecord = Scoped<Immunization>;
export type ScreeningRecord = Scoped<Observation>;
export type ConcernRecord = Scoped<Condition>;
export type CarePlanRecord = Scoped<CarePlan>;
export type ActivityScoped = Scoped<ActivityRecord>;
export type SchoolAdviceRecord = Scoped<CarePlan>;
export type CareSummaryRecord = Scoped<CareSummary>;
