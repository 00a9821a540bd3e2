import type { SubgraphConfig } from '../kit/config.ts';
import { partnerClientFor, startPseudonymIndex } from '../kit/indexedPartner.ts';
import type { PseudonymIndex } from '../kit/pseudonymIndex.ts';
import { VeiligThuisClient } from './veiligThuisClient.ts';

/** The veiligthuis subgraph's connection to its partner: the registration client and the pseudonym index. */
export interface VeiligThuisPartner {
  registratie: VeiligThuisClient;
  index: PseudonymIndex;
}

export async function connectVeiligThuis(config: SubgraphConfig): Promise<VeiligThuisPartner> {
  const registratie = new VeiligThuisClient(partnerClientFor('veiligthuis', config));
  return { registratie, index: await startPseudonymIndex(config, registratie) };
}
