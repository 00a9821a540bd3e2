import { indexedSubgraph } from '../kit/indexedSubgraph.ts';
import { createPoliceLoaders, type PoliceLoaders } from './policeLoaders.ts';
import { connectPolice, type PolicePartner } from './policePartner.ts';
import { policeResolvers } from './policeResolvers.ts';

/** The police subgraph: the basisteam's registrations, signals and referrals on the graph. */
export const policeSubgraph = indexedSubgraph<PolicePartner, PoliceLoaders>({
  name: 'police',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: policeResolvers,
  connect: connectPolice,
  createLoaders: createPoliceLoaders,
  health: ({ bvh }) => bvh.health(),
});
