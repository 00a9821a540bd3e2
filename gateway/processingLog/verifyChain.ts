import { runCovering, type Checkpoint } from './checkpoint.ts';
import { GENESIS_HASH, hashOf, type ChainHead, type ProcessingRecord } from './processingRecord.ts';
import { parseRecord, type StoredEntry } from './processingLogStore.ts';

export type ChainReport =
  | {
      ok: true;
      records: number;
      head: ChainHead | null;
      prunedRuns: number;
      /** Records a checkpoint covers that are still stored (the next prune removes them). */
      awaitingPrune: number;
    }
  | {
      ok: false;
      /** Records that verified before the problem. */
      records: number;
      /** Where the first broken or missing link is (`line 7`, `stream id …`), or null at the end of the chain. */
      position: string | null;
      /** The chain position (seq) concerned. */
      seq: number | null;
      problem: string;
    };

const wellFormed = (record: ProcessingRecord | null): record is ProcessingRecord =>
  !!record && Number.isInteger(record.seq) && typeof record.hash === 'string' && typeof record.prevHash === 'string';

/**
 * Checks the whole chain: every record in storage order has the next seq, links to the previous
 * record's hash (or across a run the checkpoint says was pruned), and hashes to its own `hash`.
 * Stops at the first broken or missing link and says where. The checkpoint must already be
 * verified (signature); `storedHead` (Redis's head key, the file store's index watermark) reveals
 * records deleted from the end: it may lag the chain, never run ahead of it.
 */
export async function verifyChain(
  entries: AsyncIterable<StoredEntry>,
  checkpoint: Checkpoint | null,
  storedHead: ChainHead | null = null,
): Promise<ChainReport> {
  const runs = checkpoint?.removed ?? [];
  let expected = 0;
  let previousHash = GENESIS_HASH;
  let verified = 0;
  let awaitingPrune = 0;
  const fail = (position: string | null, seq: number | null, problem: string): ChainReport => ({ ok: false, records: verified, position, seq, problem });
  const bridgeRuns = () => {
    for (let run = runCovering(runs, expected); run; run = runCovering(runs, expected)) {
      previousHash = run.hash;
      expected = run.to + 1;
    }
  };

  for await (const entry of entries) {
    const record = parseRecord(entry.raw);
    // The file store's head is its index's watermark, which may lag the segments (a process died
    // between its fsync and its index write): it must match where it points, not be the end.
    if (storedHead && record?.seq === storedHead.seq && record.hash !== storedHead.hash) {
      return fail(entry.position, record.seq, `record seq ${record.seq} (${entry.position}) differs from the stored head: the chain was rewritten from here`);
    }
    if (!wellFormed(record)) return fail(entry.position, expected, `the entry at ${entry.position} is not a readable log record`);
    // Pruned by the checkpoint but still here: a prune that stopped between its two steps.
    if (runCovering(runs, record.seq)) {
      awaitingPrune++;
      continue;
    }
    bridgeRuns();
    if (record.seq !== expected) {
      const what = record.seq > expected ? `record seq ${expected} is missing` : `record seq ${record.seq} is out of order or duplicated`;
      return fail(entry.position, expected, `${what}: expected seq ${expected} at ${entry.position}, found seq ${record.seq}`);
    }
    if (record.prevHash !== previousHash) {
      return fail(entry.position, record.seq, `broken link at seq ${record.seq} (${entry.position}): it does not link to the hash of seq ${record.seq - 1}`);
    }
    if (hashOf(record) !== record.hash) {
      return fail(entry.position, record.seq, `record seq ${record.seq} (${entry.position}) was altered: its content does not match its hash`);
    }
    if (checkpoint && record.seq === checkpoint.through.seq && record.hash !== checkpoint.through.hash) {
      return fail(entry.position, record.seq, `record seq ${record.seq} (${entry.position}) differs from the one the checkpoint signed`);
    }
    previousHash = record.hash;
    expected++;
    verified++;
  }
  bridgeRuns();
  const last = expected - 1;
  if (checkpoint && last < checkpoint.through.seq) {
    return fail(null, last + 1, `records seq ${last + 1} to ${checkpoint.through.seq} are missing at the end: the signed checkpoint vouches for them`);
  }
  if (storedHead && (storedHead.seq > last || (storedHead.seq === last && storedHead.hash !== previousHash))) {
    return fail(null, last + 1, `the chain ends at seq ${last}, but the stored head is seq ${storedHead.seq}: records are missing at the end`);
  }
  return { ok: true, records: verified, head: last >= 0 ? { seq: last, hash: previousHash } : null, prunedRuns: runs.length, awaitingPrune };
}
