import type { ProcessingRecord } from '../../gateway/processingLog/processingRecord.ts';
import type { DisclosureRecord } from './disclosureChain.ts';

/** One request about one child, as the hub logged it and as each partner adapter that answered logged it. */
export interface JoinedRelease {
  /** The hub's W3C trace id: `traceId` in the hub's record, `foreign_operation.trace_id` in the partners'. */
  traceId: string;
  childId: string | null;
  hub: ProcessingRecord | null;
  partners: { subgraph: string; record: DisclosureRecord }[];
}

/**
 * Joins the hub's processing records and the adapters' disclosure records of the same requests:
 * by the hub's trace id and the child's pseudonym, so a privacy officer sees, per request and
 * child, what the hub released to whom and what each partner says it gave the hub. A partner
 * record without a hub record (or the reverse) is kept: a discrepancy is what an audit looks for.
 */
export function joinByTrace(hubRecords: readonly ProcessingRecord[], disclosures: Readonly<Record<string, readonly DisclosureRecord[]>>): JoinedRelease[] {
  const joined = new Map<string, JoinedRelease>();
  const keyOf = (traceId: string, childId: string | null) => `${traceId}|${childId ?? ''}`;
  for (const hub of hubRecords) joined.set(keyOf(hub.traceId, hub.childId), { traceId: hub.traceId, childId: hub.childId, hub, partners: [] });
  for (const [subgraph, records] of Object.entries(disclosures)) {
    for (const record of records) {
      const traceId = record.foreign_operation?.trace_id ?? '';
      const childId = record.attributes['dpl.core.data_subject_id'];
      const key = keyOf(traceId, childId);
      const entry = joined.get(key) ?? { traceId, childId, hub: null, partners: [] };
      entry.partners.push({ subgraph, record });
      joined.set(key, entry);
    }
  }
  return [...joined.values()];
}
