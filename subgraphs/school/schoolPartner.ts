import type { SubgraphConfig } from '../kit/config.ts';
import { partnerConfig } from '../kit/config.ts';
import { PartnerClient } from '../kit/partnerClient.ts';
import { PseudonymIndex } from '../kit/pseudonymIndex.ts';
import { SchoolSisClient } from './schoolClient.ts';

/** The school subgraph's connection to its partner: the SIS client and the pseudonym index. */
export interface SchoolPartner {
  sis: SchoolSisClient;
  index: PseudonymIndex;
}

export async function connectSchool(config: SubgraphConfig): Promise<SchoolPartner> {
  const sis = new SchoolSisClient(new PartnerClient(partnerConfig('school', config.env)));
  const index = new PseudonymIndex({ key: config.pseudonymKey, fetchIdentities: () => sis.identities() });
  await index.start();
  return { sis, index };
}
