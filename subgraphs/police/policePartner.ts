import type { SubgraphConfig } from '../kit/config.ts';
import { partnerConfig } from '../kit/config.ts';
import { PartnerClient } from '../kit/partnerClient.ts';
import { PseudonymIndex } from '../kit/pseudonymIndex.ts';
import { PoliceBvhClient } from './policeClient.ts';

/** The police subgraph's connection to its partner: the registration system's client and the pseudonym index. */
export interface PolicePartner {
  bvh: PoliceBvhClient;
  index: PseudonymIndex;
}

export async function connectPolice(config: SubgraphConfig): Promise<PolicePartner> {
  const bvh = new PoliceBvhClient(new PartnerClient(partnerConfig('police', config.env)));
  const index = new PseudonymIndex({ key: config.pseudonymKey, fetchIdentities: () => bvh.identities() });
  await index.start();
  return { bvh, index };
}
