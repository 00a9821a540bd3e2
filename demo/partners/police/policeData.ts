import type { PopulationOptions } from '../../synthetic/population.ts';
import type { BvhHalt, BvhHgSignalering, BvhPersoon, BvhProKid, BvhRegistratie, BvhZorgmelding } from './policeFormat.ts';
import { policeChildren } from './policeRecords.ts';

/** Every person's records at once: what tests compute their expectations from. */
export interface PoliceSystemData {
  personen: BvhPersoon[];
  registraties: Map<string, BvhRegistratie[]>;
  hgSignalering: Map<string, BvhHgSignalering>;
  prokid: Map<string, BvhProKid>;
  halt: Map<string, BvhHalt[]>;
  zorgmeldingen: Map<string, BvhZorgmelding[]>;
}

/**
 * Generates the police unit's records from the shared population, deterministically: the
 * per-child records of `policeChildren` gathered, so they equal what the demo system answers
 * person by person. Holds everything in memory: for tests and small populations.
 */
export function generatePoliceData(options: PopulationOptions): PoliceSystemData {
  const children = policeChildren(options);
  const data: PoliceSystemData = { personen: [], registraties: new Map(), hgSignalering: new Map(), prokid: new Map(), halt: new Map(), zorgmeldingen: new Map() };
  for (let index = 0; index < options.count; index++) {
    const records = children.records(index);
    if (!records) continue;
    const { persoonsnummer } = records.persoon;
    data.personen.push(records.persoon);
    data.registraties.set(persoonsnummer, records.registraties);
    if (records.hgSignalering) data.hgSignalering.set(persoonsnummer, records.hgSignalering);
    if (records.zorgmeldingen.length > 0) data.zorgmeldingen.set(persoonsnummer, records.zorgmeldingen);
    if (records.prokid) data.prokid.set(persoonsnummer, records.prokid);
    if (records.halt.length > 0) data.halt.set(persoonsnummer, records.halt);
  }
  return data;
}
