import { loadTypeDefs, type SubgraphDefinition } from '../kit/createSubgraph.ts';
import { casusResolvers } from './casusResolvers.ts';
import { createCasusLoaders, type CasusLoaders } from './casusLoaders.ts';
import { connectCasus, type CasusOptions, type CasusPartner } from './casusPartner.ts';
import { StoreGrantSource } from './domain/grants.ts';

/**
 * The casus subgraph: the hub's own work process, "van signaal naar aanpak". It has no partner
 * system; its store is its partner. `options` lets tests bring their own store and clock.
 */
export function createCasusSubgraph(options: CasusOptions = {}): SubgraphDefinition<CasusPartner, CasusLoaders> {
  return {
    name: 'casus',
    typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
    resolvers: casusResolvers,
    connect: (config) => connectCasus(config, options),
    createLoaders: createCasusLoaders,
    // Casus holds no partner record of a child, so no organisation "owns" a Child here; records
    // below Child (cases, handovers) carry their own holder for OWN_ORGANISATION.
    holderOf: async () => null,
    health: ({ store }) => store.health(),
    grantSource: ({ store, now }) => new StoreGrantSource(store, now),
    // Partner subgraphs forward the gateway's grants-only context here for `_childGrants`.
    servesGrants: true,
    disconnect: (partner) => partner.stop(),
  };
}

export const casusSubgraph = createCasusSubgraph();
