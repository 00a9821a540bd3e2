import { listEachLoader, oneEachLoader } from '../kit/loaders.ts';
import type { VeiligThuisPartner } from './veiligThuisPartner.ts';

const dossier = (item: { dossiernummer: string }) => item.dossiernummer;

/** Per-request loaders: one registration-system call per resource per plan step, whatever the number of children. */
export function createVeiligThuisLoaders({ registratie }: VeiligThuisPartner) {
  return {
    meldingen: listEachLoader((ids: readonly string[]) => registratie.meldingen(ids), dossier),
    adviezen: listEachLoader((ids: readonly string[]) => registratie.adviezen(ids), dossier),
    veiligheidsbeoordeling: oneEachLoader((ids: readonly string[]) => registratie.veiligheidsbeoordelingen(ids), dossier),
    vervolg: oneEachLoader((ids: readonly string[]) => registratie.vervolg(ids), dossier),
    terugkoppeling: oneEachLoader((ids: readonly string[]) => registratie.terugkoppeling(ids), dossier),
  };
}

export type VeiligThuisLoaders = ReturnType<typeof createVeiligThuisLoaders>;
