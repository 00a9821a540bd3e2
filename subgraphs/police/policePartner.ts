import type { SubgraphConfig } from '../kit/config.ts';
import { partnerClientFor, startPseudonymIndex } from '../kit/indexedPartner.ts';
import type { PseudonymIndex } from '../kit/pseudonymIndex.ts';
import { PoliceBvhClient } from './policeClient.ts';

/** The police subgraph's connection to its partner: the registration system's client and the pseudonym index. */
export interface PolicePartner {
  bvh: PoliceBvhClient;
  index: PseudonymIndex;
}

export async function connectPolice(config: SubgraphConfig): Promise<PolicePartner> {
  const bvh = new PoliceBvhClient(partnerClientFor('police', config));
  return { bvh, index: await startPseudonymIndex(config, bvh) };
}
