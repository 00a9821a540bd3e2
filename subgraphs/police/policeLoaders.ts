import { batchLoader, groupBy } from '../kit/loaders.ts';
import type { PolicePartner } from './policePartner.ts';

/** Per-request loaders: one call per resource per plan step, whatever the number of children. */
export function createPoliceLoaders({ bvh }: PolicePartner) {
  const byPerson = <T extends { persoonsnummer: string }>(items: T[]) => groupBy(items, (item) => item.persoonsnummer);
  const onePerPerson = <T extends { persoonsnummer: string }>(items: T[]) => new Map(items.map((item) => [item.persoonsnummer, item]));
  return {
    registraties: batchLoader(async (personen: readonly string[]) => byPerson(await bvh.registraties(personen))),
    zorgmeldingen: batchLoader(async (personen: readonly string[]) => byPerson(await bvh.zorgmeldingen(personen))),
    hgSignalering: batchLoader(async (personen: readonly string[]) => onePerPerson(await bvh.hgSignalering(personen))),
    prokid: batchLoader(async (personen: readonly string[]) => onePerPerson(await bvh.prokid(personen))),
    halt: batchLoader(async (personen: readonly string[]) => byPerson(await bvh.halt(personen))),
    /** Truancy referrals only: what the compulsory-education purpose covers (Leerplichtwet 1969 art. 22). */
    haltSchoolverzuim: batchLoader(async (personen: readonly string[]) => byPerson(await bvh.halt(personen, 'SCHOOLVERZUIM'))),
  };
}

export type PoliceLoaders = ReturnType<typeof createPoliceLoaders>;
