import { subgraphConfig } from '../kit/config.ts';
import { runSubgraph } from '../kit/runSubgraph.ts';
import { ggdSubgraph } from './ggdSubgraph.ts';

await runSubgraph(ggdSubgraph, () => subgraphConfig('ggd'));
