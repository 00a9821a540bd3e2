import type { PopulationOptions } from '../../synthetic/population.ts';
import type { SisIncident, SisLeerling, SisOndersteuning, SisToets, SisVerzuim } from './schoolFormat.ts';
import { schoolChildren } from './schoolRecords.ts';

export * from './schoolFormat.ts';

/** Every school's records at once: what tests compute their expectations from. */
export interface SchoolSystemData {
  leerlingen: SisLeerling[];
  verzuim: Map<string, SisVerzuim[]>;
  ondersteuning: Map<string, SisOndersteuning>;
  toetsen: Map<string, SisToets[]>;
  incidenten: Map<string, SisIncident[]>;
}

/**
 * Generates every school's records from the shared population, deterministically: the per-child
 * records of `schoolChildren` gathered, so they equal what the demo system answers child by child.
 * Holds everything in memory: for tests and small populations, not for a million children.
 */
export function generateSchoolData(options: PopulationOptions): SchoolSystemData {
  const children = schoolChildren(options);
  const data: SchoolSystemData = { leerlingen: [], verzuim: new Map(), ondersteuning: new Map(), toetsen: new Map(), incidenten: new Map() };
  for (let index = 0; index < options.count; index++) {
    const records = children.records(index);
    if (!records) continue;
    const nummer = records.leerling.leerlingnummer;
    data.leerlingen.push(records.leerling);
    if (records.verzuim.length > 0) data.verzuim.set(nummer, records.verzuim);
    if (records.ondersteuning) data.ondersteuning.set(nummer, records.ondersteuning);
    if (records.toetsen.length > 0) data.toetsen.set(nummer, records.toetsen);
    if (records.incidenten.length > 0) data.incidenten.set(nummer, records.incidenten);
  }
  return data;
}
