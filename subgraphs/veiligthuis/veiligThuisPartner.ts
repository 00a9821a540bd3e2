import type { SubgraphConfig } from '../kit/config.ts';
import { partnerClientFor } from '../kit/indexedPartner.ts';
import { connectIndexedPartner, type IndexedPartner } from '../kit/indexedSubgraph.ts';
import { VeiligThuisClient } from './veiligThuisClient.ts';

/** The veiligthuis subgraph's connection to its partner: the registration client and the pseudonym index. */
export type VeiligThuisPartner = IndexedPartner<{ registratie: VeiligThuisClient }>;

export async function connectVeiligThuis(config: SubgraphConfig): Promise<VeiligThuisPartner> {
  const registratie = new VeiligThuisClient(partnerClientFor('veiligthuis', config));
  return connectIndexedPartner(config, { registratie }, registratie);
}
