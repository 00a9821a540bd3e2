import type { ChainHead, DisclosureRecord, StoredEntry } from './disclosureChain.ts';
import type { DisclosureDraft } from './disclosureRecord.ts';

/**
 * Where an adapter keeps the record of what it disclosed to the hub: at the partner, which stays
 * controller of its data (a file by default, or the partner's Redis). One hash chain per adapter.
 */
export interface DisclosureLog {
  /** For start-up lines and reports: `file …` or `redis … key …`. */
  readonly description: string;
  /** Chains the drafts after the stored head and resolves once they are durable; rejects when they are not stored. */
  append(drafts: readonly DisclosureDraft[]): Promise<DisclosureRecord[]>;
  /** Every stored entry in storage order, for `verifyDisclosures`. */
  scan(): AsyncIterable<StoredEntry>;
  /** The head kept beside the chain (Redis), to detect a deleted tail; null for a file. */
  storedHead(): Promise<ChainHead | null>;
  close(): Promise<void>;
}

/** Every readable record of a log, in chain order: what the export and the join read. */
export async function readDisclosures(log: DisclosureLog): Promise<DisclosureRecord[]> {
  const records: DisclosureRecord[] = [];
  for await (const entry of log.scan()) {
    try {
      records.push(JSON.parse(entry.raw) as DisclosureRecord);
    } catch {
      // an unreadable entry is reported by verifyDisclosures, not hidden from it
    }
  }
  return records;
}
