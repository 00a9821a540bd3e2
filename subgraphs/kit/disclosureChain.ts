import { link, prepare } from '../../gateway/processingLog/linkRecords.ts';
import type { ChainHead, RecordDraft } from '../../gateway/processingLog/processingRecord.ts';
import type { StoredEntry } from '../../gateway/processingLog/processingLogStore.ts';
import { verifyChain, type ChainReport } from '../../gateway/processingLog/verifyChain.ts';
import type { DisclosureDraft } from './disclosureRecord.ts';

export { EMPTY_HEAD, type ChainHead } from '../../gateway/processingLog/processingRecord.ts';
export type { ChainReport, StoredEntry };

/** A disclosure record in its chain: the hub's chain fields (`v`, `seq`, `prevHash`, `hash`) added. */
export type DisclosureRecord = DisclosureDraft & { v: 1; seq: number; prevHash: string; hash: string };

/**
 * The adapter's disclosure log is chained and verified by the hub's own processing-log functions
 * (`prepare`/`link` and `verifyChain`), so one verifier serves both logs and they cannot drift
 * apart. Those functions are typed to the hub's record, but the chain they make does not depend on
 * the record's fields (`seq`, `prevHash`, and SHA-256 over the canonical JSON of every other
 * field), so this module is the one place that hands them another record shape; a test verifies
 * what it chains with `verifyChain`. Returns each record with the exact line to store.
 */
export function chainDisclosures(drafts: readonly DisclosureDraft[], head: ChainHead): { record: DisclosureRecord; line: string }[] {
  return link(drafts.map((draft) => prepare(draft as unknown as RecordDraft)), head).map(({ record, line }) => ({ record: record as unknown as DisclosureRecord, line }));
}

/** Verifies a disclosure log's chain as the hub's is verified (no checkpoints: the adapter does not prune). */
export function verifyDisclosures(entries: AsyncIterable<StoredEntry>, storedHead: ChainHead | null = null): Promise<ChainReport> {
  return verifyChain(entries, null, storedHead);
}
