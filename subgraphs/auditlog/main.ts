import { subgraphConfig } from '../kit/config.ts';
import { runSubgraph } from '../kit/runSubgraph.ts';
import { auditlogSubgraph } from './auditlogSubgraph.ts';

await runSubgraph(auditlogSubgraph, () => subgraphConfig('auditlog'));
