import type { SubgraphConfig } from '../kit/config.ts';
import { partnerClientFor, startPseudonymIndex } from '../kit/indexedPartner.ts';
import type { PseudonymIndex } from '../kit/pseudonymIndex.ts';
import { GgdFhirClient } from './ggdClient.ts';

/** The ggd subgraph's connection to its partner: the FHIR client and the pseudonym index. */
export interface GgdPartner {
  fhir: GgdFhirClient;
  index: PseudonymIndex;
}

export async function connectGgd(config: SubgraphConfig): Promise<GgdPartner> {
  const fhir = new GgdFhirClient(partnerClientFor('ggd', config));
  return { fhir, index: await startPseudonymIndex(config, fhir) };
}
