import { subgraphConfig } from '../kit/config.ts';
import { runSubgraph } from '../kit/runSubgraph.ts';
import { casusSubgraph } from './casusSubgraph.ts';

// REDIS_URL (optional) selects the Redis store; without it the store lives in memory. The grants
// cache is off here: casus reads its own store, so caching would only delay a withdrawn consent.
await runSubgraph(casusSubgraph, () => ({ ...subgraphConfig('casus'), grantsCacheMs: 0 }));
