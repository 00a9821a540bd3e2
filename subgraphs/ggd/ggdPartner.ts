import type { SubgraphConfig } from '../kit/config.ts';
import { partnerClientFor } from '../kit/indexedPartner.ts';
import { connectIndexedPartner, type IndexedPartner } from '../kit/indexedSubgraph.ts';
import { GgdFhirClient } from './ggdClient.ts';

/** The ggd subgraph's connection to its partner: the FHIR client and the pseudonym index. */
export type GgdPartner = IndexedPartner<{ fhir: GgdFhirClient }>;

export async function connectGgd(config: SubgraphConfig): Promise<GgdPartner> {
  const fhir = new GgdFhirClient(partnerClientFor('ggd', config));
  return connectIndexedPartner(config, { fhir }, fhir);
}
