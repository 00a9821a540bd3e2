import { CompactSign, compactVerify, type CryptoKey } from 'jose';
import type { ChainHead } from './processingRecord.ts';

/** A run of pruned records `from..to` (seq, inclusive) and the hash of its last one, which the next record links to. */
export interface RemovedRun {
  from: number;
  to: number;
  hash: string;
}

/**
 * A signed statement of the retention job: "the chain verified up to `through`, and these runs of
 * records were removed for retention". The remaining chain verifies against it: the record after
 * a run links to the run's `hash`.
 */
export interface Checkpoint {
  v: 1;
  createdAt: string;
  /** The chain's head when the checkpoint was made: a later chain must still reach it. */
  through: ChainHead;
  /** Every run removed so far, sorted and merged: the latest checkpoint is enough to verify. */
  removed: RemovedRun[];
}

const TYPE = 'ketengraaf-log-checkpoint+json';

export async function signCheckpoint(checkpoint: Checkpoint, privateKey: CryptoKey): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(checkpoint)))
    .setProtectedHeader({ alg: 'ES256', typ: TYPE })
    .sign(privateKey);
}

/** Verifies a checkpoint's signature and shape; throws with the reason when it does not hold. */
export async function verifyCheckpoint(jws: string, publicKey: CryptoKey): Promise<Checkpoint> {
  const { payload, protectedHeader } = await compactVerify(jws, publicKey, { algorithms: ['ES256'] });
  if (protectedHeader.typ !== TYPE) throw new Error(`not a processing-log checkpoint (typ ${protectedHeader.typ ?? 'missing'})`);
  const checkpoint = JSON.parse(new TextDecoder().decode(payload)) as Checkpoint;
  if (checkpoint.v !== 1 || !Array.isArray(checkpoint.removed) || typeof checkpoint.through?.seq !== 'number') {
    throw new Error('the checkpoint has an unknown format');
  }
  return checkpoint;
}

/** Adds removed records to the runs, merging neighbours, so the list stays as short as the gaps are few. */
export function mergeRuns(runs: readonly RemovedRun[], removed: readonly { seq: number; hash: string }[]): RemovedRun[] {
  const all = [...runs, ...removed.map(({ seq, hash }) => ({ from: seq, to: seq, hash }))].sort((a, b) => a.from - b.from);
  const merged: RemovedRun[] = [];
  for (const run of all) {
    const last = merged.at(-1);
    if (last && run.to <= last.to) continue; // already covered (a record a crashed prune left behind)
    if (last && run.from <= last.to + 1) merged[merged.length - 1] = { from: last.from, to: run.to, hash: run.hash };
    else merged.push({ ...run });
  }
  return merged;
}

/** The run that covers `seq`, by binary search over sorted, disjoint runs. */
export function runCovering(runs: readonly RemovedRun[], seq: number): RemovedRun | null {
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const run = runs[middle]!;
    if (seq < run.from) high = middle - 1;
    else if (seq > run.to) low = middle + 1;
    else return run;
  }
  return null;
}
