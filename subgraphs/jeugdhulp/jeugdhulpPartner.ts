import type { SubgraphConfig } from '../kit/config.ts';
import { partnerClientFor } from '../kit/indexedPartner.ts';
import { connectIndexedPartner, type IndexedPartner } from '../kit/indexedSubgraph.ts';
import { JeugdhulpClient } from './jeugdhulpClient.ts';

/** The jeugdhulp subgraph's connection to the provider's iJw archive and its pseudonym index. */
export type JeugdhulpPartner = IndexedPartner<{ api: JeugdhulpClient }>;

export async function connectJeugdhulp(config: SubgraphConfig): Promise<JeugdhulpPartner> {
  const api = new JeugdhulpClient(partnerClientFor('jeugdhulp', config));
  return connectIndexedPartner(config, { api }, api);
}
