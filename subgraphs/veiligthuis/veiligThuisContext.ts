import type { SubgraphContext } from '../kit/subgraphContext.ts';
import type { VeiligThuisLoaders } from './veiligThuisLoaders.ts';
import type { VeiligThuisPartner } from './veiligThuisPartner.ts';

/** The context of one request at the veiligthuis subgraph. */
export type VeiligThuisContext = SubgraphContext<VeiligThuisPartner, VeiligThuisLoaders>;
