import { cutTornLine } from './fileRewrite.ts';
import type { LogIndex, Place, Watermark } from './logIndex.ts';
import { EMPTY_HEAD, type ProcessingRecord } from './processingRecord.ts';
import { parseRecord } from './processingLogStore.ts';
import { listSegments, segmentLabel, sizeOf, type Segment } from './segmentFiles.ts';
import type { SegmentIo } from './segmentLines.ts';

const BATCH = 10_000;

const wellFormed = (record: ProcessingRecord | null): record is ProcessingRecord =>
  !!record && Number.isInteger(record.seq) && typeof record.hash === 'string' && typeof record.organisation === 'string';

/**
 * Indexes one segment from byte `start` on and returns the watermark at its last record, `from`
 * carried over when it holds none; moves the stored watermark there only when `advance` (a
 * segment re-indexed behind the watermark must not pull it back). Says whether its last complete
 * line was not a record.
 */
export async function indexSegment(
  index: LogIndex,
  io: SegmentIo,
  segment: Segment,
  start: number,
  from: Watermark,
  advance = true,
): Promise<{ mark: Watermark; garbageAtEnd: boolean }> {
  let mark: Watermark = { ...from, ordinal: segment.ordinal, offset: start };
  let batch: { record: ProcessingRecord; place: Place }[] = [];
  let garbageAtEnd = false;
  for await (const line of io.lines(segment.path, start)) {
    if (!line.complete) break; // cut off mid-log: the verifier reports it; nothing after it in this file is whole
    const record = parseRecord(line.text);
    garbageAtEnd = !wellFormed(record);
    // The watermark passes a line that is not a record only when a record follows it, so the
    // appender keeps refusing to link onto a log whose last line it cannot read.
    if (!wellFormed(record)) continue;
    batch.push({ record, place: [segment.ordinal, line.offset, line.length] });
    mark = { ordinal: segment.ordinal, offset: line.offset + line.length + 1, head: { seq: record.seq, hash: record.hash }, day: String(record.recordedAt).slice(0, 10) };
    if (batch.length >= BATCH) {
      index.add(batch, advance ? mark : undefined);
      batch = [];
    }
  }
  index.add(batch, advance ? mark : undefined);
  return { mark, garbageAtEnd };
}

/**
 * Brings the index up to date with the segments, under the log's lock, and returns the chain's
 * head: what an append links to. Cuts a line a crash left half-written at the end (it was never
 * acknowledged), re-indexes segments a prune was rewriting, rebuilds everything when the
 * watermark points past the end of its segment, and indexes what lies beyond the watermark
 * (records made durable by a process that died before it indexed them). Normally a no-op.
 */
export async function catchUp(base: string, index: LogIndex, io: SegmentIo): Promise<Watermark> {
  const segments = await listSegments(base);
  const last = segments.at(-1);
  if (last) await cutTornLine(last.path);
  let mark = index.watermark();
  for (const ordinal of index.dirtySegments()) {
    const segment = segments.find((candidate) => candidate.ordinal === ordinal);
    if (segment) {
      const repaired = await indexSegment(index, io, segment, 0, mark ?? { ordinal, offset: 0, head: EMPTY_HEAD, day: '' }, mark?.ordinal === ordinal);
      if (mark?.ordinal === ordinal) mark = repaired.mark;
    }
    index.markDirty(ordinal, false);
  }
  if (mark) {
    const size = await sizeOf(segments.find((segment) => segment.ordinal === mark!.ordinal)?.path ?? '');
    if (size === null || size < mark.offset) {
      index.clear(); // the index describes other files than these: start again from the segments
      mark = null;
    }
  }
  let state: Watermark = mark ?? { ordinal: 0, offset: 0, head: EMPTY_HEAD, day: '' };
  for (const segment of segments) {
    if (mark && segment.ordinal < mark.ordinal) continue;
    const start = mark && segment.ordinal === mark.ordinal ? mark.offset : 0;
    const { mark: reached, garbageAtEnd } = await indexSegment(index, io, segment, start, state);
    state = reached;
    if (garbageAtEnd && segment === last) {
      throw new Error(`the last line of ${segmentLabel(segment.ordinal)} (${segment.path}) is not a log record: run npm run audit:verify`);
    }
  }
  return state;
}
