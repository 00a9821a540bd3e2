import type { SubgraphConfig } from '../kit/config.ts';
import { partnerConfig } from '../kit/config.ts';
import { PartnerClient } from '../kit/partnerClient.ts';
import { PseudonymIndex } from '../kit/pseudonymIndex.ts';
import { VeiligThuisClient } from './veiligThuisClient.ts';

/** The veiligthuis subgraph's connection to its partner: the registration client and the pseudonym index. */
export interface VeiligThuisPartner {
  registratie: VeiligThuisClient;
  index: PseudonymIndex;
}

export async function connectVeiligThuis(config: SubgraphConfig): Promise<VeiligThuisPartner> {
  const registratie = new VeiligThuisClient(new PartnerClient(partnerConfig('veiligthuis', config.env)));
  const index = new PseudonymIndex({ key: config.pseudonymKey, fetchIdentities: () => registratie.identities() });
  await index.start();
  return { registratie, index };
}
