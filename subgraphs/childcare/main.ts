import { subgraphConfig } from '../kit/config.ts';
import { runSubgraph } from '../kit/runSubgraph.ts';
import { childcareSubgraph } from './childcareSubgraph.ts';

await runSubgraph(childcareSubgraph, () => subgraphConfig('childcare'));
