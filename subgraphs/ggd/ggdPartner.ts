import type { SubgraphConfig } from '../kit/config.ts';
import { partnerConfig } from '../kit/config.ts';
import { PartnerClient } from '../kit/partnerClient.ts';
import { PseudonymIndex } from '../kit/pseudonymIndex.ts';
import { GgdFhirClient } from './ggdClient.ts';

/** The ggd subgraph's connection to its partner: the FHIR client and the pseudonym index. */
export interface GgdPartner {
  fhir: GgdFhirClient;
  index: PseudonymIndex;
}

export async function connectGgd(config: SubgraphConfig): Promise<GgdPartner> {
  const fhir = new GgdFhirClient(new PartnerClient(partnerConfig('ggd', config.env)));
  const index = new PseudonymIndex({ key: config.pseudonymKey, fetchIdentities: () => fhir.identities() });
  await index.start();
  return { fhir, index };
}
