import { latestCheckpoint, type KeySource } from './latestCheckpoint.ts';
import type { ProcessingLogStore } from './processingLogStore.ts';
import { verifyChain, type ChainReport } from './verifyChain.ts';

/** Verifies a store's whole chain from its latest signed checkpoint: what `npm run audit:verify` runs. */
export async function auditChain(store: ProcessingLogStore, verifyKey: KeySource): Promise<ChainReport> {
  let checkpoint;
  try {
    ({ checkpoint } = await latestCheckpoint(store, verifyKey));
  } catch (error) {
    return { ok: false, records: 0, position: 'the latest checkpoint', seq: null, problem: error instanceof Error ? error.message : String(error) };
  }
  return verifyChain(store.scan(), checkpoint, await store.storedHead());
}
