import type { SubgraphConfig } from '../kit/config.ts';
import { partnerClientFor, startPseudonymIndex } from '../kit/indexedPartner.ts';
import type { PseudonymIndex } from '../kit/pseudonymIndex.ts';
import { ChildcareApiClient } from './childcareClient.ts';

/** The childcare subgraph's connection to its partner: the API client and the pseudonym index. */
export interface ChildcarePartner {
  api: ChildcareApiClient;
  index: PseudonymIndex;
}

export async function connectChildcare(config: SubgraphConfig): Promise<ChildcarePartner> {
  const api = new ChildcareApiClient(partnerClientFor('childcare', config));
  return { api, index: await startPseudonymIndex(config, api) };
}
