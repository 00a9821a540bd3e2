import type { PopulationOptions } from '../../synthetic/population.ts';
import type { ClinicalResource, Patient } from './fhirR4.ts';
import { ggdChildren } from './ggdRecords.ts';

/** Every Patient and its clinical resources at once: what tests compute their expectations from. */
export interface GgdSystemData {
  patients: Patient[];
  /** Clinical resources per Patient id. */
  clinical: Map<string, ClinicalResource[]>;
}

/**
 * Generates the JGZ system's records from the shared population, deterministically: the per-child
 * records of `ggdChildren` gathered, so they equal what the demo system answers child by child.
 * About 50 KB a child in memory: for tests and small populations.
 */
export function generateGgdData(options: PopulationOptions): GgdSystemData {
  const children = ggdChildren(options);
  const data: GgdSystemData = { patients: [], clinical: new Map() };
  for (let index = 0; index < options.count; index++) {
    const records = children.records(index);
    if (!records) continue;
    data.patients.push(records.patient);
    data.clinical.set(records.patient.id, records.clinical);
  }
  return data;
}
