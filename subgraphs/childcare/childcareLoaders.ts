import { batchLoader, groupBy } from '../kit/loaders.ts';
import type { ChildcarePartner } from './childcarePartner.ts';

/** Per-request loaders: one partner call per resource per plan step, whatever the number of children. */
export function createChildcareLoaders({ api }: ChildcarePartner) {
  const byKind = <T extends { kindId: string }>(items: T[]) => groupBy(items, (item) => item.kindId);
  const oneByKind = <T extends { kindId: string }>(items: T[]) => new Map(items.map((item) => [item.kindId, item]));
  return {
    placement: batchLoader(async (kindIds: readonly string[]) => oneByKind(await api.placements(kindIds))),
    vveIndication: batchLoader(async (kindIds: readonly string[]) => oneByKind(await api.vveIndications(kindIds))),
    observations: batchLoader(async (kindIds: readonly string[]) => byKind(await api.observations(kindIds))),
    handover: batchLoader(async (kindIds: readonly string[]) => oneByKind(await api.handovers(kindIds))),
    careSignals: batchLoader(async (kindIds: readonly string[]) => byKind(await api.careSignals(kindIds))),
  };
}

export type ChildcareLoaders = ReturnType<typeof createChildcareLoaders>;
