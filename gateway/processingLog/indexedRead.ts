import { checkedRecord, type IndexClaim } from './checkedRecord.ts';
import type { LogIndex, Place } from './logIndex.ts';
import type { ProcessingRecord } from './processingRecord.ts';
import { parseRecord } from './processingLogStore.ts';
import { segmentLabel, segmentPath } from './segmentFiles.ts';
import type { SegmentIo } from './segmentLines.ts';

type Claim = Omit<IndexClaim, 'seq'>;

const matches = (record: ProcessingRecord | null, claim: Claim): record is ProcessingRecord =>
  !!record && (claim.childId === undefined || record.childId === claim.childId) && (claim.organisation === undefined || record.organisation === claim.organisation);

/** Every record of a segment that matches the claim, each checked against its hash. */
async function scanSegment(io: SegmentIo, base: string, ordinal: number, claim: Claim): Promise<ProcessingRecord[]> {
  const found: ProcessingRecord[] = [];
  for await (const line of io.lines(segmentPath(base, ordinal))) {
    const record = parseRecord(line.text);
    if (!matches(record, claim)) continue;
    const checked = checkedRecord(line.text, { seq: record.seq }, `${segmentLabel(ordinal)} byte ${line.offset}`);
    if (checked) found.push(checked);
  }
  return found;
}

/**
 * The records the index places for one child or organisation, read from their segments and
 * checked (hash, seq, child or organisation), in chain order. Only the segments that hold them
 * are opened, and in them only those lines are read. Where the index turns out wrong about a
 * segment (a prune moved its lines, someone edited it), that one segment is read whole instead:
 * the answer comes from the segments, never from the index alone. The index must be current
 * (the caller has checked the watermark).
 */
export async function indexedRecords(base: string, index: LogIndex, io: SegmentIo, kind: 'child' | 'organisation', id: string): Promise<ProcessingRecord[]> {
  const claim: Claim = kind === 'child' ? { childId: id } : { organisation: id };
  const bySegment = new Map<number, { seq: number; place: Place }[]>();
  for (const entry of index.places(kind, id)) {
    const list = bySegment.get(entry.place[0]) ?? [];
    list.push(entry);
    bySegment.set(entry.place[0], list);
  }
  // The segments in parallel, as their records: each is a random read when the log is larger than memory.
  const perSegment = await Promise.all(
    [...bySegment].map(async ([ordinal, entries]) => {
      const texts = await io.readAt(segmentPath(base, ordinal), entries.map(({ place }) => ({ offset: place[1], length: place[2] }))).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return entries.map(() => '');
        throw error;
      });
      const records = texts.map((text, i) => checkedRecord(text, { seq: entries[i]!.seq, ...claim }, `${segmentLabel(ordinal)} byte ${entries[i]!.place[1]}`));
      return records.every((record) => record !== null) ? (records as ProcessingRecord[]) : scanSegment(io, base, ordinal, claim);
    }),
  );
  const found = new Map<number, ProcessingRecord>();
  for (const record of perSegment.flat()) found.set(record.seq, record);
  return [...found.values()].sort((a, b) => a.seq - b.seq);
}
