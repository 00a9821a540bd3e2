import type { SubgraphContext } from '../kit/subgraphContext.ts';
import type { SchoolLoaders } from './schoolLoaders.ts';
import type { SchoolPartner } from './schoolPartner.ts';

/** The context of one request at the school subgraph. */
export type SchoolContext = SubgraphContext<SchoolPartner, SchoolLoaders>;
