import { SUBGRAPHS } from '../../schema/subgraphs.ts';
import type { SubgraphConfig } from './config.ts';
import { loadTypeDefs, type SubgraphDefinition, type TypedResolvers } from './createSubgraph.ts';
import { holderFromIndex, recordHolderFromIndex, startPseudonymIndex } from './indexedPartner.ts';
import type { PartnerIdentity, PseudonymIndex } from './pseudonymIndex.ts';

/** A partner connection whose children are known by a pseudonym index: its clients plus `index`. */
export type IndexedPartner<Clients extends object> = Clients & { index: PseudonymIndex };

/** Connects an adapter's clients and builds its pseudonym index from the one that lists identities. */
export async function connectIndexedPartner<Clients extends object>(
  config: SubgraphConfig,
  clients: Clients,
  identities: { identities(): Promise<PartnerIdentity[]> },
): Promise<IndexedPartner<Clients>> {
  return { ...clients, index: await startPseudonymIndex(config, identities) };
}

/** What a connector over an indexed partner writes itself; `indexedSubgraph` adds the rest. */
export interface IndexedSubgraphSpec<Partner extends { index: PseudonymIndex }, Loaders> {
  name: string;
  /** The connector's `schema.graphql`, as a URL beside it. */
  schema: URL;
  resolvers: TypedResolvers;
  connect(config: SubgraphConfig): Promise<Partner>;
  createLoaders(partner: Partner): Loaders;
  /** Resolves when the partner system answers; throws otherwise. */
  health(partner: Partner): Promise<void>;
}

/**
 * The `SubgraphDefinition` every partner adapter had written out by hand: the holder of a child's
 * record (own-organisation rules) and verified involvement (`POST /involvement`) both come from the
 * pseudonym index, which is closed with the subgraph. `POST /involvement` is served only when the
 * composition config (`schema/subgraphs.ts`) names this subgraph the system of record of an
 * organisation type (`recordsOf`): casus asks no other, so no other should answer.
 */
export function indexedSubgraph<Partner extends { index: PseudonymIndex }, Loaders>(
  spec: IndexedSubgraphSpec<Partner, Loaders>,
): SubgraphDefinition<Partner, Loaders> {
  return {
    name: spec.name,
    typeDefs: loadTypeDefs(spec.schema),
    resolvers: spec.resolvers,
    connect: spec.connect,
    createLoaders: spec.createLoaders,
    holderOf: holderFromIndex,
    ...(systemOfRecord(spec.name) ? { recordHolder: recordHolderFromIndex } : {}),
    health: spec.health,
    disconnect: async ({ index }) => index.close(),
    disclosureLog: true,
  };
}

const systemOfRecord = (name: string) => SUBGRAPHS.some((entry) => entry.name === name && entry.recordsOf !== null);
