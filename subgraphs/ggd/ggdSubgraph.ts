import { loadTypeDefs, type SubgraphDefinition } from '../kit/createSubgraph.ts';
import { holderFromIndex, recordHolderFromIndex } from '../kit/indexedPartner.ts';
import { createGgdLoaders, type GgdLoaders } from './ggdLoaders.ts';
import { connectGgd, type GgdPartner } from './ggdPartner.ts';
import { ggdResolvers } from './ggdResolvers.ts';

/** The ggd subgraph: the GGD's youth health care (JGZ) record, from its FHIR R4 API, on the graph. */
export const ggdSubgraph: SubgraphDefinition<GgdPartner, GgdLoaders> = {
  name: 'ggd',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers: ggdResolvers,
  connect: (config) => connectGgd(config),
  createLoaders: createGgdLoaders,
  holderOf: holderFromIndex,
  recordHolder: recordHolderFromIndex,
  health: ({ fhir }) => fhir.health(),
  disconnect: async ({ index }) => index.close(),
};
