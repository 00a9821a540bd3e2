import type { SubgraphConfig } from '../kit/config.ts';
import { partnerClientFor } from '../kit/indexedPartner.ts';
import { connectIndexedPartner, type IndexedPartner } from '../kit/indexedSubgraph.ts';
import { PoliceBvhClient } from './policeClient.ts';

/** The police subgraph's connection to its partner: the registration system's client and the pseudonym index. */
export type PolicePartner = IndexedPartner<{ bvh: PoliceBvhClient }>;

export async function connectPolice(config: SubgraphConfig): Promise<PolicePartner> {
  const bvh = new PoliceBvhClient(partnerClientFor('police', config));
  return connectIndexedPartner(config, { bvh }, bvh);
}
