import type { SubgraphConfig } from '../kit/config.ts';
import { partnerClientFor, startPseudonymIndex } from '../kit/indexedPartner.ts';
import type { PseudonymIndex } from '../kit/pseudonymIndex.ts';
import { SchoolSisClient } from './schoolClient.ts';

/** The school subgraph's connection to its partner: the SIS client and the pseudonym index. */
export interface SchoolPartner {
  sis: SchoolSisClient;
  index: PseudonymIndex;
}

export async function connectSchool(config: SubgraphConfig): Promise<SchoolPartner> {
  const sis = new SchoolSisClient(partnerClientFor('school', config));
  return { sis, index: await startPseudonymIndex(config, sis) };
}
