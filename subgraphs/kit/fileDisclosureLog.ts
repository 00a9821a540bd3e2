import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { chainDisclosures, EMPTY_HEAD, type ChainHead, type DisclosureRecord, type StoredEntry } from './disclosureChain.ts';
import { readTail } from '../../schema/fileTail.ts';
import type { DisclosureLog } from './disclosureLog.ts';
import type { DisclosureDraft } from './disclosureRecord.ts';

/**
 * The disclosure log as an append-only JSONL file, fsynced per append. One adapter process writes
 * it (appends are serialised within the process; run several adapter processes with Redis, or one
 * file each). The head is the file's last record, read once from the end and then kept.
 */
export class FileDisclosureLog implements DisclosureLog {
  private head: ChainHead | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {}

  get description(): string {
    return `file ${this.path}`;
  }

  append(drafts: readonly DisclosureDraft[]): Promise<DisclosureRecord[]> {
    if (drafts.length === 0) return Promise.resolve([]);
    const next = this.queue.then(() => this.appendNow(drafts));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async appendNow(drafts: readonly DisclosureDraft[]): Promise<DisclosureRecord[]> {
    await mkdir(dirname(this.path), { recursive: true });
    this.head ??= await this.lastHead();
    const linked = chainDisclosures(drafts, this.head);
    const records = linked.map(({ record }) => record);
    const handle = await open(this.path, 'a', 0o600);
    try {
      await handle.appendFile(linked.map(({ line }) => `${line}\n`).join(''), 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    const last = records.at(-1);
    if (last) this.head = { seq: last.seq, hash: last.hash };
    return records;
  }

  /**
   * The chain's head: the file's last record, read from the end (`readTail`, as the processing log
   * does). Reading the whole file made an adapter's first answer after a restart wait for it (15 s
   * at 1.5 GB, longer than the gateway's time limit); the head is all that appending needs, and
   * `scan` verifies the rest. A last line without its newline (a torn write) stops the appends.
   */
  private async lastHead(): Promise<ChainHead> {
    let handle;
    try {
      handle = await open(this.path, 'r');
    } catch {
      return EMPTY_HEAD; // no file yet: an empty log
    }
    let tail;
    try {
      tail = await readTail(handle);
    } finally {
      await handle.close();
    }
    if (tail.lastLine === null && tail.size === 0) return EMPTY_HEAD;
    let record: { seq?: unknown; hash?: unknown } = {};
    try {
      if (tail.completeEnd === tail.size && tail.lastLine !== null) record = JSON.parse(tail.lastLine) as typeof record;
    } catch {
      // reported below
    }
    if (typeof record.seq !== 'number' || typeof record.hash !== 'string') throw new Error(`${this.path}: its last line is not a disclosure record: verify the log`);
    return { seq: record.seq, hash: record.hash };
  }

  async *scan(): AsyncIterable<StoredEntry> {
    let stream;
    try {
      const handle = await open(this.path, 'r');
      stream = handle.createReadStream({ encoding: 'utf8' });
    } catch {
      return; // no file yet: an empty log
    }
    let line = 0;
    for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
      line++;
      if (raw !== '') yield { position: `line ${line}`, raw, handle: String(line) };
    }
  }

  async storedHead(): Promise<ChainHead | null> {
    return null;
  }

  async close(): Promise<void> {
    await this.queue;
  }
}
