import type { SubgraphContext } from '../kit/subgraphContext.ts';
import type { PoliceLoaders } from './policeLoaders.ts';
import type { PolicePartner } from './policePartner.ts';

/** The context of one request at the police subgraph. */
export type PoliceContext = SubgraphContext<PolicePartner, PoliceLoaders>;
