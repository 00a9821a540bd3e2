import type { SubgraphContext } from '../kit/subgraphContext.ts';
import type { CasusLoaders } from './casusLoaders.ts';
import type { CasusPartner } from './casusPartner.ts';

/** The context of one request at the casus subgraph. */
export type CasusContext = SubgraphContext<CasusPartner, CasusLoaders>;
