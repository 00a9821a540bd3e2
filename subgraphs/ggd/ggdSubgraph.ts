import { indexedSubgraph } from '../kit/indexedSubgraph.ts';
import { createGgdLoaders, type GgdLoaders } from './ggdLoaders.ts';
import { connectGgd, type GgdPartner } from './ggdPartner.ts';
import { ggdResolvers } from './ggdResolvers.ts';

/** The ggd subgraph: the GGD's youth health care (JGZ) record, from its FHIR R4 API, on the graph. */
export const ggdSubgraph = indexedSubgraph<GgdPartner, GgdLoaders>({
  name: 'ggd',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: ggdResolvers,
  connect: connectGgd,
  createLoaders: createGgdLoaders,
  health: ({ fhir }) => fhir.health(),
});
