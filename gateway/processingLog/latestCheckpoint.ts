import type { CryptoKey } from 'jose';
import { verifyCheckpoint, type Checkpoint } from './checkpoint.ts';
import type { ProcessingLogStore } from './processingLogStore.ts';

/** A key, or a way to get one only when there is a checkpoint to check (no key is made for an unpruned log). */
export type KeySource = CryptoKey | (() => Promise<CryptoKey>);

/**
 * The latest checkpoint, its signature verified, and how many there are. Only the latest counts:
 * it carries every pruned run, and deleting it to fall back on an older one leaves the newer
 * runs unaccounted for, which the verifier reports as missing records.
 */
export async function latestCheckpoint(store: ProcessingLogStore, key: KeySource): Promise<{ count: number; checkpoint: Checkpoint | null }> {
  const all = await store.checkpoints();
  const latest = all.at(-1);
  if (latest === undefined) return { count: 0, checkpoint: null };
  try {
    return { count: all.length, checkpoint: await verifyCheckpoint(latest, typeof key === 'function' ? await key() : key) };
  } catch (error) {
    throw new Error(`checkpoint ${all.length} of ${all.length} does not verify: ${error instanceof Error ? error.message : String(error)}`);
  }
}
