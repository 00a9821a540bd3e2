import { loadTypeDefs, type SubgraphDefinition } from '../kit/createSubgraph.ts';
import { holderFromIndex, recordHolderFromIndex } from '../kit/indexedPartner.ts';
import { createChildcareLoaders, type ChildcareLoaders } from './childcareLoaders.ts';
import { connectChildcare, type ChildcarePartner } from './childcarePartner.ts';
import { childcareResolvers } from './childcareResolvers.ts';

/** The childcare subgraph: the childcare planning and child-tracking system's data on the graph. */
export const childcareSubgraph: SubgraphDefinition<ChildcarePartner, ChildcareLoaders> = {
  name: 'childcare',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers: childcareResolvers,
  connect: (config) => connectChildcare(config),
  createLoaders: createChildcareLoaders,
  holderOf: holderFromIndex,
  recordHolder: recordHolderFromIndex,
  health: ({ api }) => api.health(),
  disconnect: async ({ index }) => index.close(),
};
