import type { PopulationOptions } from '../../synthetic/population.ts';
import type { VtAdvies, VtDossier, VtMelding, VtTerugkoppeling, VtVeiligheidsbeoordeling, VtVervolg } from './veiligThuisFormat.ts';
import { veiligThuisChildren } from './veiligThuisRecords.ts';

export * from './veiligThuisFormat.ts';

/** Every dossier's records at once: what tests compute their expectations from. */
export interface VeiligThuisSystemData {
  dossiers: VtDossier[];
  meldingen: Map<string, VtMelding[]>;
  adviezen: Map<string, VtAdvies[]>;
  beoordelingen: Map<string, VtVeiligheidsbeoordeling>;
  vervolg: Map<string, VtVervolg>;
  terugkoppeling: Map<string, VtTerugkoppeling>;
}

/**
 * Generates the region's dossiers from the shared population, deterministically: the per-child
 * records of `veiligThuisChildren` gathered, so they equal what the demo system answers dossier by
 * dossier. Holds everything in memory: for tests and small populations.
 */
export function generateVeiligThuisData(options: PopulationOptions): VeiligThuisSystemData {
  const children = veiligThuisChildren(options);
  const data: VeiligThuisSystemData = { dossiers: [], meldingen: new Map(), adviezen: new Map(), beoordelingen: new Map(), vervolg: new Map(), terugkoppeling: new Map() };
  for (let index = 0; index < options.count; index++) {
    const records = children.records(index);
    if (!records) continue;
    const { dossiernummer } = records.dossier;
    data.dossiers.push(records.dossier);
    if (records.adviezen.length > 0) data.adviezen.set(dossiernummer, records.adviezen);
    if (records.meldingen.length > 0) data.meldingen.set(dossiernummer, records.meldingen);
    if (records.beoordeling) data.beoordelingen.set(dossiernummer, records.beoordeling);
    if (records.vervolg) data.vervolg.set(dossiernummer, records.vervolg);
    data.terugkoppeling.set(dossiernummer, records.terugkoppeling);
  }
  return data;
}
