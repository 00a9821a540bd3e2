import { loadTypeDefs, type SubgraphDefinition } from '../kit/createSubgraph.ts';
import { holderFromIndex, recordHolderFromIndex } from '../kit/indexedPartner.ts';
import { createSchoolLoaders, type SchoolLoaders } from './schoolLoaders.ts';
import { connectSchool, type SchoolPartner } from './schoolPartner.ts';
import { schoolResolvers } from './schoolResolvers.ts';

/** The school subgraph: the student information system's data on the graph. */
export const schoolSubgraph: SubgraphDefinition<SchoolPartner, SchoolLoaders> = {
  name: 'school',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers: schoolResolvers,
  connect: (config) => connectSchool(config),
  createLoaders: createSchoolLoaders,
  holderOf: holderFromIndex,
  recordHolder: recordHolderFromIndex,
  health: ({ sis }) => sis.health(),
  disconnect: async ({ index }) => index.close(),
};
