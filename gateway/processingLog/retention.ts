import type { CryptoKey } from 'jose';
import type { ProcessingRegister } from '../../schema/processingRegister.ts';
import { mergeRuns, runCovering, signCheckpoint, type Checkpoint } from './checkpoint.ts';
import { latestCheckpoint } from './latestCheckpoint.ts';
import type { ProcessingRecord } from './processingRecord.ts';
import { parseRecord, type ProcessingLogStore, type StoredEntry } from './processingLogStore.ts';
import { verifyChain } from './verifyChain.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PruneOptions {
  store: ProcessingLogStore;
  register: ProcessingRegister;
  signingKey: CryptoKey;
  verifyKey: CryptoKey;
  /** The moment retention is measured against (a test's clock). */
  now: Date;
}

export interface PruneResult {
  removed: number;
  /** The checkpoint written, or null when nothing was due. */
  checkpoint: Checkpoint | null;
}

/**
 * Removes every record whose processing activity's retention period has passed (AVG art. 5(1)(e),
 * storage limitation) and writes a signed checkpoint, so the remaining chain still verifies. It
 * refuses to prune a chain that does not verify: removing records then could erase the evidence.
 * The newest record is kept, because the next append links to it.
 */
export async function pruneExpired({ store, register, signingKey, verifyKey, now }: PruneOptions): Promise<PruneResult> {
  const { count, checkpoint: current } = await latestCheckpoint(store, verifyKey);
  const seen: { entry: StoredEntry; record: ProcessingRecord }[] = [];
  async function* collecting(): AsyncIterable<StoredEntry> {
    for await (const entry of store.scan()) {
      const record = parseRecord(entry.raw);
      if (record) seen.push({ entry, record });
      yield entry;
    }
  }
  const report = await verifyChain(collecting(), current, await store.storedHead());
  if (!report.ok) throw new Error(`the processing log does not verify, so nothing is pruned: ${report.problem}`);
  const newest = report.head?.seq ?? -1;
  const expired = seen.filter(({ record }) => {
    if (record.seq === newest) return false;
    if (current && runCovering(current.removed, record.seq)) return true; // left by an interrupted prune
    const activity = register.activity(record.activityId);
    return activity !== null && Date.parse(record.recordedAt) + activity.retentionDays * DAY_MS <= now.getTime();
  });
  if (expired.length === 0 || !report.head) return { removed: 0, checkpoint: null };
  const checkpoint: Checkpoint = {
    v: 1,
    createdAt: now.toISOString(),
    through: report.head,
    removed: mergeRuns(current?.removed ?? [], expired.map(({ record }) => ({ seq: record.seq, hash: record.hash }))),
  };
  await store.commitPrune({
    checkpoint: await signCheckpoint(checkpoint, signingKey),
    expectedCheckpoints: count,
    remove: expired.map(({ entry }) => entry),
  });
  return { removed: expired.length, checkpoint };
}
