import { partnerConfig, type SubgraphConfig } from './config.ts';
import { asIdentityListLoad } from './identityListLoad.ts';
import { PartnerClient } from './partnerClient.ts';
import { PseudonymIndex, type PartnerIdentity } from './pseudonymIndex.ts';
import type { SubgraphContext } from './subgraphContext.ts';

/** The HTTP client for a subgraph's partner system, configured from `<NAME>_PARTNER_*`. */
export const partnerClientFor = (name: string, config: SubgraphConfig) => new PartnerClient(partnerConfig(name, config.env));

/** Builds and starts the adapter's pseudonym index from its partner's identity list. */
export async function startPseudonymIndex(config: SubgraphConfig, source: { identities(): Promise<PartnerIdentity[]> }): Promise<PseudonymIndex> {
  const index = new PseudonymIndex({ key: config.pseudonymKey, fetchIdentities: () => asIdentityListLoad(() => source.identities()), refreshMs: config.indexRefreshMs });
  await index.start();
  return index;
}

/** `recordHolder` for an adapter whose partner keeps a pseudonym index: answered from the index alone. */
export const recordHolderFromIndex =
  ({ index }: { index: PseudonymIndex }) =>
  async (childId: string): Promise<string | null> =>
    (await index.lookup(childId))?.holderOrganisationId ?? null;

/** `holderOf` for an adapter whose partner keeps a pseudonym index: the organisation holding the record. */
export async function holderFromIndex<P extends { index: PseudonymIndex }, L>(childId: string, { partner }: SubgraphContext<P, L>): Promise<string | null> {
  return (await partner.index.lookup(childId))?.holderOrganisationId ?? null;
}
