import { listEachLoader, oneEachLoader } from '../kit/loaders.ts';
import type { ChildcarePartner } from './childcarePartner.ts';

const kind = (item: { kindId: string }) => item.kindId;

/** Per-request loaders: one partner call per resource per plan step, whatever the number of children. */
export function createChildcareLoaders({ api }: ChildcarePartner) {
  return {
    placement: oneEachLoader((ids: readonly string[]) => api.placements(ids), kind),
    vveIndication: oneEachLoader((ids: readonly string[]) => api.vveIndications(ids), kind),
    observations: listEachLoader((ids: readonly string[]) => api.observations(ids), kind),
    handover: oneEachLoader((ids: readonly string[]) => api.handovers(ids), kind),
    careSignals: listEachLoader((ids: readonly string[]) => api.careSignals(ids), kind),
  };
}

export type ChildcareLoaders = ReturnType<typeof createChildcareLoaders>;
