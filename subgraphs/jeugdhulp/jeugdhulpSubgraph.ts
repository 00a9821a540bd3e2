import { indexedSubgraph } from '../kit/indexedSubgraph.ts';
import { createJeugdhulpLoaders, type JeugdhulpLoaders } from './jeugdhulpLoaders.ts';
import { connectJeugdhulp, type JeugdhulpPartner } from './jeugdhulpPartner.ts';
import { jeugdhulpResolvers } from './jeugdhulpResolvers.ts';

/** The jeugdhulp subgraph: a youth-care provider's clients in care (iJw JW301, JW305, JW307) on the graph. */
export const jeugdhulpSubgraph = indexedSubgraph<JeugdhulpPartner, JeugdhulpLoaders>({
  name: 'jeugdhulp',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: jeugdhulpResolvers,
  connect: connectJeugdhulp,
  createLoaders: createJeugdhulpLoaders,
  health: ({ api }) => api.health(),
});
