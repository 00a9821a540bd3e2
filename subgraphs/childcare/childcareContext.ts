import type { SubgraphContext } from '../kit/subgraphContext.ts';
import type { ChildcareLoaders } from './childcareLoaders.ts';
import type { ChildcarePartner } from './childcarePartner.ts';

/** The context of one request at the childcare subgraph. */
export type ChildcareContext = SubgraphContext<ChildcarePartner, ChildcareLoaders>;
