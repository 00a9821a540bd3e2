import { indexedSubgraph } from '../kit/indexedSubgraph.ts';
import { createVeiligThuisLoaders, type VeiligThuisLoaders } from './veiligThuisLoaders.ts';
import { connectVeiligThuis, type VeiligThuisPartner } from './veiligThuisPartner.ts';
import { veiligThuisResolvers } from './veiligThuisResolvers.ts';

/** The veiligthuis subgraph: the Veilig Thuis case registration system's data on the graph. */
export const veiligThuisSubgraph = indexedSubgraph<VeiligThuisPartner, VeiligThuisLoaders>({
  name: 'veiligthuis',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: veiligThuisResolvers,
  connect: connectVeiligThuis,
  createLoaders: createVeiligThuisLoaders,
  health: ({ registratie }) => registratie.health(),
});
