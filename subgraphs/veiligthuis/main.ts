import { subgraphConfig } from '../kit/config.ts';
import { runSubgraph } from '../kit/runSubgraph.ts';
import { veiligThuisSubgraph } from './veiligThuisSubgraph.ts';

await runSubgraph(veiligThuisSubgraph, () => subgraphConfig('veiligthuis'));
