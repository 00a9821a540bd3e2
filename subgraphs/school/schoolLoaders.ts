import { listEachLoader, oneEachLoader } from '../kit/loaders.ts';
import type { SchoolPartner } from './schoolPartner.ts';

const pupil = (item: { leerlingnummer: string }) => item.leerlingnummer;

/** Per-request loaders: one SIS call per resource per plan step, whatever the number of pupils. */
export function createSchoolLoaders({ sis }: SchoolPartner) {
  return {
    leerling: oneEachLoader(sis.leerlingen, pupil),
    verzuim: listEachLoader(sis.verzuim, pupil),
    ondersteuning: oneEachLoader(sis.ondersteuning, pupil),
    toetsen: listEachLoader(sis.toetsen, pupil),
    incidenten: listEachLoader(sis.incidenten, pupil),
  };
}

export type SchoolLoaders = ReturnType<typeof createSchoolLoaders>;
