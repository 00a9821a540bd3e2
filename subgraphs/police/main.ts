import { subgraphConfig } from '../kit/config.ts';
import { runSubgraph } from '../kit/runSubgraph.ts';
import { policeSubgraph } from './policeSubgraph.ts';

await runSubgraph(policeSubgraph, () => subgraphConfig('police'));
