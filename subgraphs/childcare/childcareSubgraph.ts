import { indexedSubgraph } from '../kit/indexedSubgraph.ts';
import { createChildcareLoaders, type ChildcareLoaders } from './childcareLoaders.ts';
import { connectChildcare, type ChildcarePartner } from './childcarePartner.ts';
import { childcareResolvers } from './childcareResolvers.ts';

/** The childcare subgraph: the childcare planning and child-tracking system's data on the graph. */
export const childcareSubgraph = indexedSubgraph<ChildcarePartner, ChildcareLoaders>({
  name: 'childcare',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: childcareResolvers,
  connect: connectChildcare,
  createLoaders: createChildcareLoaders,
  health: ({ api }) => api.health(),
});
