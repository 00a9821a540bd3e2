import { subgraphConfig } from '../kit/config.ts';
import { runSubgraph } from '../kit/runSubgraph.ts';
import { jeugdhulpSubgraph } from './jeugdhulpSubgraph.ts';

await runSubgraph(jeugdhulpSubgraph, () => subgraphConfig('jeugdhulp'));
