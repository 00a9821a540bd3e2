import type { SubgraphConfig } from '../kit/config.ts';
import { partnerConfig } from '../kit/config.ts';
import { PartnerClient } from '../kit/partnerClient.ts';
import { PseudonymIndex } from '../kit/pseudonymIndex.ts';
import { ChildcareApiClient } from './childcareClient.ts';

/** The childcare subgraph's connection to its partner: the API client and the pseudonym index. */
export interface ChildcarePartner {
  api: ChildcareApiClient;
  index: PseudonymIndex;
}

export async function connectChildcare(config: SubgraphConfig): Promise<ChildcarePartner> {
  const api = new ChildcareApiClient(new PartnerClient(partnerConfig('childcare', config.env)));
  const index = new PseudonymIndex({ key: config.pseudonymKey, fetchIdentities: () => api.identities() });
  await index.start();
  return { api, index };
}
