import { listEachLoader, oneEachLoader } from '../kit/loaders.ts';
import type { PolicePartner } from './policePartner.ts';

const person = (item: { persoonsnummer: string }) => item.persoonsnummer;

/** Per-request loaders: one call per resource per plan step, whatever the number of children. */
export function createPoliceLoaders({ bvh }: PolicePartner) {
  return {
    registraties: listEachLoader((ids: readonly string[]) => bvh.registraties(ids), person),
    zorgmeldingen: listEachLoader((ids: readonly string[]) => bvh.zorgmeldingen(ids), person),
    hgSignalering: oneEachLoader((ids: readonly string[]) => bvh.hgSignalering(ids), person),
    prokid: oneEachLoader((ids: readonly string[]) => bvh.prokid(ids), person),
    halt: listEachLoader((ids: readonly string[]) => bvh.halt(ids), person),
    /** Truancy referrals only: what the compulsory-education purpose covers (Leerplichtwet 1969 art. 22). */
    haltSchoolverzuim: listEachLoader((ids: readonly string[]) => bvh.halt(ids, 'SCHOOLVERZUIM'), person),
  };
}

export type PoliceLoaders = ReturnType<typeof createPoliceLoaders>;
