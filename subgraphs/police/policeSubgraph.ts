import { loadTypeDefs, type SubgraphDefinition } from '../kit/createSubgraph.ts';
import { holderFromIndex, recordHolderFromIndex } from '../kit/indexedPartner.ts';
import { createPoliceLoaders, type PoliceLoaders } from './policeLoaders.ts';
import { connectPolice, type PolicePartner } from './policePartner.ts';
import { policeResolvers } from './policeResolvers.ts';

/** The police subgraph: the basisteam's registrations, signals and referrals on the graph. */
export const policeSubgraph: SubgraphDefinition<PolicePartner, PoliceLoaders> = {
  name: 'police',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers: policeResolvers,
  connect: (config) => connectPolice(config),
  createLoaders: createPoliceLoaders,
  holderOf: holderFromIndex,
  recordHolder: recordHolderFromIndex,
  health: ({ bvh }) => bvh.health(),
  disconnect: async ({ index }) => index.close(),
};
