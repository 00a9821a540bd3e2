import type { ProcessingRecord, RecordDraft } from './processingRecord.ts';

/** One stored entry as it is on disk or in the stream, before anyone trusts it. */
export interface StoredEntry {
  /** Where it is: `line 12` in the file, `stream id 1700000000000-0` in Redis. For reports. */
  position: string;
  /** The stored text; the verifier parses and checks it. */
  raw: string;
  /** Store-specific handle to remove it (line number, stream id). */
  handle: string;
}

/** A prune: the checkpoint that accounts for the removed records, and the records to remove. */
export interface PruneCommit {
  /** The signed checkpoint (compact JWS). */
  checkpoint: string;
  /** How many checkpoints the prune saw: a concurrent prune makes the commit fail instead of fork. */
  expectedCheckpoints: number;
  remove: readonly StoredEntry[];
}

/** Whether a store's index (by child, by organisation) agrees with its records. */
export type IndexReport = { ok: true; entries: number } | { ok: false; problem: string };

/**
 * Where the processing log lives: a Redis Stream (`REDIS_URL`) or an append-only JSONL file.
 * Both keep one hash chain, however many gateway processes append.
 */
export interface ProcessingLogStore {
  /** A name for reports and start-up lines, e.g. `redis://…` or the file path. */
  readonly description: string;
  /**
   * Links the drafts onto the chain as one contiguous run and resolves once they are durable
   * (fsynced file, or Redis's reply under `appendfsync always`). Rejects when the store is
   * unavailable: the caller must then release nothing.
   */
  append(drafts: readonly RecordDraft[]): Promise<ProcessingRecord[]>;
  /** Every stored entry in storage order. */
  scan(): AsyncIterable<StoredEntry>;
  /** The head the store keeps beside the chain (Redis), to detect a deleted tail; null if none. */
  storedHead(): Promise<{ seq: number; hash: string } | null>;
  /** Records about one child (pseudonym), in chain order. */
  forChild(childId: string): Promise<ProcessingRecord[]>;
  /** Records of requests by professionals of one organisation, in chain order. */
  forOrganisation(organisationId: string): Promise<ProcessingRecord[]>;
  /** The signed checkpoints, oldest first. */
  checkpoints(): Promise<string[]>;
  /**
   * Checks the index the data-subject queries use against the records: every record indexed at its
   * place under its child and its organisation, and no entry besides (`audit:verify`). The chain
   * is the evidence; this says whether `forChild` can be trusted to find all of it.
   */
  verifyIndex?(): Promise<IndexReport>;
  /** Adds the checkpoint, then removes the records; where it can, in one atomic step. */
  commitPrune(commit: PruneCommit): Promise<void>;
  close(): Promise<void>;
}

/** Parses a stored line into a record, or null when it is not one (the verifier reports where). */
export function parseRecord(raw: string): ProcessingRecord | null {
  try {
    const value = JSON.parse(raw) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as ProcessingRecord) : null;
  } catch {
    return null;
  }
}
