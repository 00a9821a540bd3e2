import type { SubgraphConfig } from '../kit/config.ts';
import { partnerClientFor } from '../kit/indexedPartner.ts';
import { connectIndexedPartner, type IndexedPartner } from '../kit/indexedSubgraph.ts';
import { ChildcareApiClient } from './childcareClient.ts';

/** The childcare subgraph's connection to its partner: the API client and the pseudonym index. */
export type ChildcarePartner = IndexedPartner<{ api: ChildcareApiClient }>;

export async function connectChildcare(config: SubgraphConfig): Promise<ChildcarePartner> {
  const api = new ChildcareApiClient(partnerClientFor('childcare', config));
  return connectIndexedPartner(config, { api }, api);
}
