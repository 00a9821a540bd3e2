import { batchLoader, groupBy } from '../kit/loaders.ts';
import { idOf, PLAN_KIND } from './fhirCodes.ts';
import type { Reference } from './fhirTypes.ts';
import type { GgdPartner } from './ggdPartner.ts';

/** Groups search results by the Patient they belong to (`subject`, or `patient` on Immunization). */
const byPatient = <T extends { subject?: Reference; patient?: Reference }>(resources: readonly T[]) =>
  groupBy(
    resources.filter((resource) => idOf(resource.subject ?? resource.patient, 'Patient') !== null),
    (resource) => idOf(resource.subject ?? resource.patient, 'Patient') ?? '',
  );

/**
 * Per-request loaders keyed by FHIR Patient id: one search per resource (per 150 patients) per
 * plan step, whatever the number of children. Growth and screenings are separate searches by
 * Observation category, as are the care plan and the school advice by CarePlan category, so a
 * caller released only one of them never has the other fetched.
 */
export function createGgdLoaders({ fhir }: GgdPartner) {
  return {
    encounters: batchLoader(async (ids: readonly string[]) => byPatient(await fhir.encounters(ids))),
    growth: batchLoader(async (ids: readonly string[]) => byPatient(await fhir.growthObservations(ids))),
    screenings: batchLoader(async (ids: readonly string[]) => byPatient(await fhir.screeningObservations(ids))),
    immunizations: batchLoader(async (ids: readonly string[]) => byPatient(await fhir.immunizations(ids))),
    conditions: batchLoader(async (ids: readonly string[]) => byPatient(await fhir.conditions(ids))),
    carePlans: batchLoader(async (ids: readonly string[]) => byPatient(await fhir.carePlans(ids, PLAN_KIND.carePlan))),
    schoolAdvice: batchLoader(async (ids: readonly string[]) => byPatient(await fhir.carePlans(ids, PLAN_KIND.schoolAdvice))),
  };
}

export type GgdLoaders = ReturnType<typeof createGgdLoaders>;
