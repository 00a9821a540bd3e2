import { cutTornLine, rewriteWithout } from './fileRewrite.ts';
import { indexSegment } from './indexCatchUp.ts';
import type { LogIndex } from './logIndex.ts';
import { EMPTY_HEAD, type ProcessingRecord } from './processingRecord.ts';
import { parseRecord, type StoredEntry } from './processingLogStore.ts';
import { listSegments, segmentLabel, segmentPath } from './segmentFiles.ts';
import type { SegmentIo } from './segmentLines.ts';

/** A file store entry's handle: `<segment ordinal>:<line number>`. */
export const entryHandle = (ordinal: number, line: number) => `${ordinal}:${line}`;

/** A segment's lines as stored entries, numbered from 1 as `scan()` numbers them. */
export async function* segmentEntries(io: SegmentIo, path: string, ordinal: number, note = ''): AsyncIterable<StoredEntry> {
  let number = 0;
  for await (const line of io.lines(path)) {
    number++;
    yield { position: `${segmentLabel(ordinal)} line ${number}${number === 1 ? note : ''}`, raw: line.text, handle: entryHandle(ordinal, number) };
  }
}

/**
 * Removes pruned records from the segments that hold them (the caller holds the lock and has
 * written the checkpoint): each such segment is rewritten whole (temporary file, fsync, rename),
 * the others are not touched. The index loses the removed records first and the segment is marked
 * dirty until it is re-indexed, so a crash at any step leaves an index the next writer repairs.
 */
export async function pruneSegments(base: string, index: LogIndex, io: SegmentIo, remove: readonly StoredEntry[]): Promise<void> {
  const byOrdinal = new Map<number, StoredEntry[]>();
  for (const entry of remove) {
    const ordinal = Number(entry.handle.split(':')[0]);
    byOrdinal.set(ordinal, [...(byOrdinal.get(ordinal) ?? []), entry]);
  }
  const segments = await listSegments(base);
  const last = segments.at(-1);
  // A line cut off by a crash was never acknowledged; rewriting it whole would make it a broken record.
  if (last) await cutTornLine(last.path);
  const mark = index.watermark();
  for (const [ordinal, entries] of byOrdinal) {
    const segment = segments.find((candidate) => candidate.ordinal === ordinal);
    if (!segment) continue;
    const records = entries.map((entry) => parseRecord(entry.raw)).filter((record): record is ProcessingRecord => record !== null);
    index.remove(records);
    index.markDirty(ordinal, true);
    await rewriteWithout(segmentPath(base, ordinal), segmentEntries(io, segment.path, ordinal), new Set(entries.map((entry) => entry.handle)));
    await indexSegment(index, io, segment, 0, mark ?? { ordinal, offset: 0, head: EMPTY_HEAD, day: '' }, mark?.ordinal === ordinal);
    index.markDirty(ordinal, false);
  }
}
