import { subgraphConfig } from '../kit/config.ts';
import { runSubgraph } from '../kit/runSubgraph.ts';
import { schoolSubgraph } from './schoolSubgraph.ts';

await runSubgraph(schoolSubgraph, () => subgraphConfig('school'));
