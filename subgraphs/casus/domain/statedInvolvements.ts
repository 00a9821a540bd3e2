import type DataLoader from 'dataloader';
import { covenantOrganisations } from '../../../schema/covenant.ts';
import { recordSubgraphOf } from '../../../schema/subgraphs.ts';
import type { ChildFile, SignalRecord } from '../records.ts';
import type { CasusStore } from '../store/casusStore.ts';

/**
 * Every signal registered on a stated reason, newest first. Only organisations without a system of
 * record in the hub (the municipality) can register one, so only their children are read, through
 * the store's index by organisation, never the whole store.
 */
export async function statedSignals(store: CasusStore, loaders: { file: DataLoader<string, ChildFile | null> }): Promise<SignalRecord[]> {
  const stating = covenantOrganisations().filter((org) => recordSubgraphOf(org.id) === null);
  const childIds = [...new Set((await Promise.all(stating.map((org) => store.childrenOfOrganisation(org.id)))).flat())];
  const files = await loaders.file.loadMany(childIds);
  return files
    .flatMap((file) => (file && !(file instanceof Error) ? file.signals : []))
    .filter((signal) => signal.involvement?.basis === 'STATED_REASON')
    .sort((a, b) => b.registeredAt.localeCompare(a.registeredAt));
}
