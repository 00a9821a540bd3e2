import { createReadStream } from 'node:fs';
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { FileLock } from './fileLock.ts';
import { appendDurably, cutTornLine, rewriteWithout } from './fileRewrite.ts';
import { readTail } from './fileTail.ts';
import { chain, EMPTY_HEAD, serialise, type ChainHead, type ProcessingRecord, type RecordDraft } from './processingRecord.ts';
import { parseRecord, type ProcessingLogStore, type PruneCommit, type StoredEntry } from './processingLogStore.ts';

/** The default log file (git-ignored), shared by every process of the demo on this machine. */
export const DEFAULT_LOG_FILE = new URL('../../.ketengraaf/processing-log.jsonl', import.meta.url).pathname;

/**
 * The embedded processing log: one JSON record per line in an append-only file, with its signed
 * checkpoints in `<file>.checkpoints` and a lock file `<file>.lock` that serialises appends across
 * the processes of one machine. Each append reads the chain's head from the file's last line under
 * the lock and fsyncs before it resolves, so it survives a crash and never forks the chain.
 */
export class FileLogStore implements ProcessingLogStore {
  private readonly lock: FileLock;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string = DEFAULT_LOG_FILE) {
    this.lock = new FileLock(`${path}.lock`);
  }

  get description(): string {
    return `file ${this.path}`;
  }

  get checkpointPath(): string {
    return `${this.path}.checkpoints`;
  }

  append(drafts: readonly RecordDraft[]): Promise<ProcessingRecord[]> {
    if (drafts.length === 0) return Promise.resolve([]);
    return this.serially(() => this.lock.withLock(() => this.appendLocked(drafts)));
  }

  private async appendLocked(drafts: readonly RecordDraft[]): Promise<ProcessingRecord[]> {
    await mkdir(dirname(this.path), { recursive: true });
    const handle = await open(this.path, 'a+', 0o600);
    try {
      const tail = await readTail(handle);
      if (tail.completeEnd < tail.size) await handle.truncate(tail.completeEnd);
      const records = chain(drafts, this.headFrom(tail.lastLine));
      await handle.appendFile(records.map((record) => `${serialise(record)}\n`).join(''), 'utf8');
      await handle.sync();
      return records;
    } finally {
      await handle.close();
    }
  }

  private headFrom(lastLine: string | null): ChainHead {
    if (lastLine === null) return EMPTY_HEAD;
    const last = parseRecord(lastLine);
    if (!last || !Number.isInteger(last.seq) || typeof last.hash !== 'string') {
      throw new Error(`the last line of ${this.path} is not a log record: run npm run audit:verify`);
    }
    return { seq: last.seq, hash: last.hash };
  }

  /** One append at a time per process; the lock file orders the processes. */
  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async *scan(): AsyncIterable<StoredEntry> {
    const input = createReadStream(this.path, { encoding: 'utf8' });
    const lines = createInterface({ input, crlfDelay: Infinity });
    let line = 0;
    try {
      for await (const raw of lines) {
        line++;
        yield { position: `line ${line}`, raw, handle: String(line) };
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  async storedHead(): Promise<null> {
    return null;
  }

  private async select(keep: (record: ProcessingRecord) => boolean): Promise<ProcessingRecord[]> {
    const found: ProcessingRecord[] = [];
    for await (const entry of this.scan()) {
      const record = parseRecord(entry.raw);
      if (record && keep(record)) found.push(record);
    }
    return found;
  }

  forChild(childId: string): Promise<ProcessingRecord[]> {
    return this.select((record) => record.childId === childId);
  }

  forOrganisation(organisationId: string): Promise<ProcessingRecord[]> {
    return this.select((record) => record.organisation === organisationId);
  }

  async checkpoints(): Promise<string[]> {
    const text = await readFile(this.checkpointPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    return text.split('\n').filter((line) => line !== '');
  }

  /**
   * Writes the checkpoint first, then the file without the pruned lines (temporary file, fsync,
   * rename). A crash between the two leaves pruned records present, which the verifier accepts
   * and the next prune removes; never records missing without a checkpoint.
   */
  commitPrune(commit: PruneCommit): Promise<void> {
    return this.serially(() =>
      this.lock.withLock(async () => {
        const seen = (await this.checkpoints()).length;
        if (seen !== commit.expectedCheckpoints) throw new Error('another prune ran at the same time; run the prune again');
        await appendDurably(this.checkpointPath, `${commit.checkpoint}\n`);
        await cutTornLine(this.path);
        await rewriteWithout(this.path, this.scan(), new Set(commit.remove.map((entry) => entry.handle)));
      }),
    );
  }

  async close(): Promise<void> {
    await this.queue;
  }
}
