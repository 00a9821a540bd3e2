import type { SubgraphContext } from '../kit/subgraphContext.ts';
import type { GgdLoaders } from './ggdLoaders.ts';
import type { GgdPartner } from './ggdPartner.ts';

/** The context of one request at the ggd subgraph. */
export type GgdContext = SubgraphContext<GgdPartner, GgdLoaders>;
