import { batchLoader, groupBy } from '../kit/loaders.ts';
import type { SchoolPartner } from './schoolPartner.ts';

/** Per-request loaders: one SIS call per resource per plan step, whatever the number of pupils. */
export function createSchoolLoaders({ sis }: SchoolPartner) {
  const byPupil = <T extends { leerlingnummer: string }>(items: T[]) => groupBy(items, (item) => item.leerlingnummer);
  return {
    leerling: batchLoader(async (nummers: readonly string[]) => new Map((await sis.leerlingen(nummers)).map((l) => [l.leerlingnummer, l]))),
    verzuim: batchLoader(async (nummers: readonly string[]) => byPupil(await sis.verzuim(nummers))),
    ondersteuning: batchLoader(async (nummers: readonly string[]) => new Map((await sis.ondersteuning(nummers)).map((o) => [o.leerlingnummer, o]))),
    toetsen: batchLoader(async (nummers: readonly string[]) => byPupil(await sis.toetsen(nummers))),
    incidenten: batchLoader(async (nummers: readonly string[]) => byPupil(await sis.incidenten(nummers))),
  };
}

export type SchoolLoaders = ReturnType<typeof createSchoolLoaders>;
