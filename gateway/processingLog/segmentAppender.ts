import { open } from 'node:fs/promises';
import { FileLock } from './fileLock.ts';
import { catchUp } from './indexCatchUp.ts';
import { headAfter, link, type PreparedDraft } from './linkRecords.ts';
import type { LogIndex, Place, Watermark } from './logIndex.ts';
import type { ProcessingRecord } from './processingRecord.ts';
import { ensureSegmentsDir, segmentPath, segmentsDir, sizeOf, syncDirectory } from './segmentFiles.ts';
import type { SegmentIo } from './segmentLines.ts';

export interface RotationPolicy {
  /** A segment is closed once the next group would take it past this size. */
  segmentBytes: number;
  /** A segment holds records of one UTC day (by `recordedAt`). */
  daily: boolean;
}

/**
 * Writes one group of records to the active segment under the log's lock: finds the head, links,
 * rotates when the policy says so, writes, fsyncs (one fsync for the whole group), and indexes.
 * The lock file orders the processes of one machine, so they keep one chain.
 */
export class SegmentAppender {
  private readonly lock: FileLock;

  constructor(
    private readonly base: string,
    private readonly index: LogIndex,
    private readonly io: SegmentIo,
    private readonly policy: RotationPolicy,
  ) {
    this.lock = new FileLock(`${base}.lock`);
  }

  withLock<T>(work: () => Promise<T>): Promise<T> {
    return this.lock.withLock(work);
  }

  append(prepared: readonly PreparedDraft[]): Promise<ProcessingRecord[]> {
    return this.lock.withLock(() => this.appendLocked(prepared));
  }

  /**
   * The head to link to (under the lock). Fast path: the watermark's segment ends where the watermark says and no
   * later segment exists, so nothing was written that the index has not seen. Otherwise catch up.
   */
  async head(): Promise<Watermark> {
    const mark = this.index.watermark();
    return mark && (await this.isCurrent(mark)) ? mark : catchUp(this.base, this.index, this.io);
  }

  /** Whether the index has seen every line: no segment after the watermark's, which ends at it. */
  async isCurrent(mark: Watermark | null): Promise<boolean> {
    if (!mark || this.index.dirtySegments().length > 0) return false;
    const [size, next] = await Promise.all([sizeOf(segmentPath(this.base, mark.ordinal)), sizeOf(segmentPath(this.base, mark.ordinal + 1))]);
    return size === mark.offset && next === null;
  }

  private async appendLocked(prepared: readonly PreparedDraft[]): Promise<ProcessingRecord[]> {
    const mark = await this.head();
    const linked = link(prepared, mark.head);
    const lengths = linked.map(({ line }) => Buffer.byteLength(line));
    const bytes = lengths.reduce((sum, length) => sum + length + 1, 0);
    const day = prepared[0]!.draft.recordedAt.slice(0, 10);
    const full = mark.offset > 0 && (mark.offset + bytes > this.policy.segmentBytes || (this.policy.daily && day !== mark.day));
    // Ordinal 0 is an unsegmented file of an earlier version: it is sealed as it is.
    const [ordinal, offset] = mark.ordinal === 0 || full ? [mark.ordinal + 1, 0] : [mark.ordinal, mark.offset];
    if (offset === 0) await ensureSegmentsDir(this.base);
    const handle = await open(segmentPath(this.base, ordinal), 'a', 0o600);
    try {
      await handle.appendFile(linked.map(({ line }) => `${line}\n`).join(''), 'utf8');
      await handle.datasync();
    } finally {
      await handle.close();
    }
    if (offset === 0) await syncDirectory(segmentsDir(this.base));
    // Durable from here on. The index follows; if this process dies first, the next catches up.
    let at = offset;
    const entries = linked.map(({ record }, i) => {
      const length = lengths[i]!;
      const place: Place = [ordinal, at, length];
      at += length + 1;
      return { record, place };
    });
    const last = linked.at(-1)!.record;
    this.index.add(entries, { ordinal, offset: at, head: headAfter(linked, mark.head), day: last.recordedAt.slice(0, 10) });
    return linked.map(({ record }) => record);
  }
}
