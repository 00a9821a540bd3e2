import { chain, type ChainHead, type RecordDraft } from '../../gateway/processingLog/processingRecord.ts';
import { verifyChain, type ChainReport } from '../../gateway/processingLog/verifyChain.ts';
import type { StoredEntry } from '../../gateway/processingLog/processingLogStore.ts';
import { canonicalJson } from '../../gateway/processingLog/canonicalJson.ts';
import type { DisclosureDraft } from './disclosureRecord.ts';

export { EMPTY_HEAD, type ChainHead } from '../../gateway/processingLog/processingRecord.ts';
export type { ChainReport, StoredEntry };

/** A disclosure record in its chain: the hub's chain fields (`v`, `seq`, `prevHash`, `hash`) added. */
export type DisclosureRecord = DisclosureDraft & { v: 1; seq: number; prevHash: string; hash: string };

/**
 * The adapter's disclosure log is chained and verified by the hub's own processing-log functions,
 * so one verifier serves both logs and they cannot drift apart. Those functions are typed to the
 * hub's record, but the chain they make is independent of the record's fields (`seq`, `prevHash`,
 * and SHA-256 over the canonical JSON of every other field), so this module is the one place that
 * hands them another record shape; a test verifies what it chains with `verifyChain`.
 */
export function chainDisclosures(drafts: readonly DisclosureDraft[], head: ChainHead): DisclosureRecord[] {
  return chain(drafts as unknown as readonly RecordDraft[], head) as unknown as DisclosureRecord[];
}

/** Verifies a disclosure log's chain as `npm run audit:verify` verifies the hub's (no checkpoints: the adapter does not prune). */
export function verifyDisclosures(entries: AsyncIterable<StoredEntry>, storedHead: ChainHead | null = null): Promise<ChainReport> {
  return verifyChain(entries, null, storedHead);
}

/** The one line a record is stored as: canonical JSON, as the hub stores its own, so it re-hashes the same. */
export const serialiseDisclosure = (record: DisclosureRecord): string => canonicalJson(record);
