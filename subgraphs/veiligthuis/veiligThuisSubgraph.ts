import { loadTypeDefs, type SubgraphDefinition } from '../kit/createSubgraph.ts';
import { holderFromIndex, recordHolderFromIndex } from '../kit/indexedPartner.ts';
import { createVeiligThuisLoaders, type VeiligThuisLoaders } from './veiligThuisLoaders.ts';
import { connectVeiligThuis, type VeiligThuisPartner } from './veiligThuisPartner.ts';
import { veiligThuisResolvers } from './veiligThuisResolvers.ts';

/** The veiligthuis subgraph: the Veilig Thuis case registration system's data on the graph. */
export const veiligThuisSubgraph: SubgraphDefinition<VeiligThuisPartner, VeiligThuisLoaders> = {
  name: 'veiligthuis',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers: veiligThuisResolvers,
  connect: (config) => connectVeiligThuis(config),
  createLoaders: createVeiligThuisLoaders,
  holderOf: holderFromIndex,
  recordHolder: recordHolderFromIndex,
  health: ({ registratie }) => registratie.health(),
  disconnect: async ({ index }) => index.close(),
};
