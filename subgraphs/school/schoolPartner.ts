import type { SubgraphConfig } from '../kit/config.ts';
import { partnerClientFor } from '../kit/indexedPartner.ts';
import { connectIndexedPartner, type IndexedPartner } from '../kit/indexedSubgraph.ts';
import { SchoolSisClient } from './schoolClient.ts';

/** The school subgraph's connection to its partner: the SIS client and the pseudonym index. */
export type SchoolPartner = IndexedPartner<{ sis: SchoolSisClient }>;

export async function connectSchool(config: SubgraphConfig): Promise<SchoolPartner> {
  const sis = new SchoolSisClient(partnerClientFor('school', config));
  return connectIndexedPartner(config, { sis }, sis);
}
