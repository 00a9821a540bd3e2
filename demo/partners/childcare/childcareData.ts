import type { PopulationOptions } from '../../synthetic/population.ts';
import type { CcCareSignal, CcChild, CcHandover, CcObservation, CcPlacement, CcVveIndication } from './childcareFormat.ts';
import { childcareChildren } from './childcareRecords.ts';

export * from './childcareFormat.ts';

/** Every location's records at once: what tests compute their expectations from. */
export interface ChildcareSystemData {
  children: CcChild[];
  placements: Map<string, CcPlacement>;
  vveIndications: Map<string, CcVveIndication>;
  observations: Map<string, CcObservation[]>;
  handovers: Map<string, CcHandover>;
  careSignals: Map<string, CcCareSignal[]>;
}

/**
 * Generates every location's records from the shared population, deterministically: the per-child
 * records of `childcareChildren` gathered, so they equal what the demo system answers child by
 * child. Holds everything in memory: for tests and small populations.
 */
export function generateChildcareData(options: PopulationOptions): ChildcareSystemData {
  const children = childcareChildren(options);
  const data: ChildcareSystemData = { children: [], placements: new Map(), vveIndications: new Map(), observations: new Map(), handovers: new Map(), careSignals: new Map() };
  for (let index = 0; index < options.count; index++) {
    const records = children.records(index);
    if (!records) continue;
    const { kindId } = records.child;
    data.children.push(records.child);
    data.placements.set(kindId, records.placement);
    if (records.vveIndication) data.vveIndications.set(kindId, records.vveIndication);
    if (records.observations.length > 0) data.observations.set(kindId, records.observations);
    if (records.handover) data.handovers.set(kindId, records.handover);
    if (records.careSignals.length > 0) data.careSignals.set(kindId, records.careSignals);
  }
  return data;
}
