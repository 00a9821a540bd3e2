import { readFile } from 'node:fs/promises';
import { auditFileIndex } from './fileIndexAudit.ts';
import { appendDurably } from './fileRewrite.ts';
import { GroupCommit } from './groupCommit.ts';
import { catchUp } from './indexCatchUp.ts';
import { indexedRecords } from './indexedRead.ts';
import { prepare, type PreparedDraft } from './linkRecords.ts';
import { LogIndex, type Watermark } from './logIndex.ts';
import type { ChainHead, ProcessingRecord, RecordDraft } from './processingRecord.ts';
import type { IndexReport, ProcessingLogStore, PruneCommit, StoredEntry } from './processingLogStore.ts';
import { SegmentAppender, type RotationPolicy } from './segmentAppender.ts';
import { listSegments, segmentLabel } from './segmentFiles.ts';
import { diskSegments, type SegmentIo } from './segmentLines.ts';
import { pruneSegments, segmentEntries } from './segmentPrune.ts';

/** The default log (git-ignored), shared by every process of the demo on this machine. */
export const DEFAULT_LOG_FILE = new URL('../../.ketengraaf/processing-log.jsonl', import.meta.url).pathname;
/** 64 MiB: about 100,000 records, a few seconds to verify or prune one segment. */
export const DEFAULT_SEGMENT_BYTES = 64 * 1024 * 1024;

export interface FileLogStoreOptions extends Partial<RotationPolicy> {
  /** How segments are read; tests count reads through it. Default: the disk. */
  io?: SegmentIo;
}

/**
 * The embedded processing log: JSON records, one per line, in segments `<file>.segments/00000001.jsonl`, …
 * (rotated by size, `segmentBytes`, default 64 MiB, and by UTC day unless `daily: false`), one hash
 * chain across them: a segment's first record links to the previous segment's last. Beside them
 * the signed checkpoints (`<file>.checkpoints`), the lock file that orders the processes of one
 * machine (`<file>.lock`) and the index by child and organisation (`<file>.index`). Concurrent
 * appends share one lock, one write and one fsync (group commit); each resolves once its records
 * are durable. A `<file>` written by an earlier version (one file) is read as the first segment.
 */
export class FileLogStore implements ProcessingLogStore {
  private readonly index: LogIndex;
  private readonly io: SegmentIo;
  private readonly appender: SegmentAppender;
  private readonly group: GroupCommit<PreparedDraft, ProcessingRecord>;

  constructor(
    readonly path: string = DEFAULT_LOG_FILE,
    options: FileLogStoreOptions = {},
  ) {
    this.index = new LogIndex(`${path}.index`);
    this.io = options.io ?? diskSegments;
    this.appender = new SegmentAppender(path, this.index, this.io, { segmentBytes: options.segmentBytes ?? DEFAULT_SEGMENT_BYTES, daily: options.daily ?? true });
    this.group = new GroupCommit((prepared) => this.appender.append(prepared));
  }

  get description(): string {
    return `file ${this.path} (segments in ${this.path}.segments/)`;
  }

  get checkpointPath(): string {
    return `${this.path}.checkpoints`;
  }

  append(drafts: readonly RecordDraft[]): Promise<ProcessingRecord[]> {
    // Canonical JSON is made here, per request, while an earlier group is being written.
    return this.group.add(drafts.map(prepare));
  }

  async *scan(): AsyncIterable<StoredEntry> {
    let previous: number | null = null;
    for (const segment of await listSegments(this.path)) {
      const gap = previous !== null && segment.ordinal > previous + 1 ? ` (after ${segmentLabel(previous)}: ${segmentLabel(previous + 1)} is missing)` : '';
      yield* segmentEntries(this.io, segment.path, segment.ordinal, gap);
      previous = segment.ordinal;
    }
  }

  /** The index's watermark: where the chain ended when last indexed, to detect a cut-off last segment. */
  async storedHead(): Promise<ChainHead | null> {
    const head = this.index.watermark()?.head;
    return head && head.seq >= 0 ? head : null;
  }

  /** The index, brought up to date under the lock when something was written that it has not seen. */
  private async currentIndex(): Promise<LogIndex> {
    if (!(await this.appender.isCurrent(this.index.watermark()))) await this.appender.withLock(() => catchUp(this.path, this.index, this.io));
    return this.index;
  }

  async forChild(childId: string): Promise<ProcessingRecord[]> {
    return indexedRecords(this.path, await this.currentIndex(), this.io, 'child', childId);
  }

  async forOrganisation(organisationId: string): Promise<ProcessingRecord[]> {
    return indexedRecords(this.path, await this.currentIndex(), this.io, 'organisation', organisationId);
  }

  async checkpoints(): Promise<string[]> {
    const text = await readFile(this.checkpointPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    return text.split('\n').filter((line) => line !== '');
  }

  /**
   * Writes the checkpoint first, then rewrites the segments that hold pruned records. A crash
   * between the two leaves pruned records present, which the verifier accepts and the next prune
   * removes; never records missing without a checkpoint.
   */
  commitPrune(commit: PruneCommit): Promise<void> {
    return this.appender.withLock(async () => {
      const seen = (await this.checkpoints()).length;
      if (seen !== commit.expectedCheckpoints) throw new Error('another prune ran at the same time; run the prune again');
      await appendDurably(this.checkpointPath, `${commit.checkpoint}\n`);
      await pruneSegments(this.path, this.index, this.io, commit.remove);
    });
  }

  async verifyIndex(): Promise<IndexReport> {
    return auditFileIndex(this.path, await this.currentIndex(), this.io);
  }

  /** Rebuilds the index from the segments alone (`npm run audit:reindex`). */
  reindex(): Promise<Watermark> {
    return this.appender.withLock(async () => {
      this.index.clear();
      return catchUp(this.path, this.index, this.io);
    });
  }

  async close(): Promise<void> {
    await this.group.idle();
    await this.index.close();
  }
}
