import { indexedSubgraph } from '../kit/indexedSubgraph.ts';
import { createSchoolLoaders, type SchoolLoaders } from './schoolLoaders.ts';
import { connectSchool, type SchoolPartner } from './schoolPartner.ts';
import { schoolResolvers } from './schoolResolvers.ts';

/** The school subgraph: the student information system's data on the graph. */
export const schoolSubgraph = indexedSubgraph<SchoolPartner, SchoolLoaders>({
  name: 'school',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: schoolResolvers,
  connect: connectSchool,
  createLoaders: createSchoolLoaders,
  health: ({ sis }) => sis.health(),
});
