import { batchLoader, groupBy } from '../kit/loaders.ts';
import type { VeiligThuisPartner } from './veiligThuisPartner.ts';

/** Per-request loaders: one registration-system call per resource per plan step, whatever the number of children. */
export function createVeiligThuisLoaders({ registratie }: VeiligThuisPartner) {
  const byDossier = <T extends { dossiernummer: string }>(items: T[]) => groupBy(items, (item) => item.dossiernummer);
  const oneByDossier = <T extends { dossiernummer: string }>(items: T[]) => new Map(items.map((item) => [item.dossiernummer, item]));
  return {
    meldingen: batchLoader(async (dossiers: readonly string[]) => byDossier(await registratie.meldingen(dossiers))),
    adviezen: batchLoader(async (dossiers: readonly string[]) => byDossier(await registratie.adviezen(dossiers))),
    veiligheidsbeoordeling: batchLoader(async (dossiers: readonly string[]) => oneByDossier(await registratie.veiligheidsbeoordelingen(dossiers))),
    vervolg: batchLoader(async (dossiers: readonly string[]) => oneByDossier(await registratie.vervolg(dossiers))),
    terugkoppeling: batchLoader(async (dossiers: readonly string[]) => oneByDossier(await registratie.terugkoppeling(dossiers))),
  };
}

export type VeiligThuisLoaders = ReturnType<typeof createVeiligThuisLoaders>;
