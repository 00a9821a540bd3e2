import type { SubgraphContext } from '../kit/subgraphContext.ts';
import type { JeugdhulpLoaders } from './jeugdhulpLoaders.ts';
import type { JeugdhulpPartner } from './jeugdhulpPartner.ts';

/** The context of one request at the jeugdhulp subgraph. */
export type JeugdhulpContext = SubgraphContext<JeugdhulpPartner, JeugdhulpLoaders>;
