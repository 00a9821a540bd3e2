import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { chainDisclosures, EMPTY_HEAD, type ChainHead, type DisclosureRecord, type StoredEntry } from './disclosureChain.ts';
import type { DisclosureLog } from './disclosureLog.ts';
import type { DisclosureDraft } from './disclosureRecord.ts';

/**
 * The disclosure log as an append-only JSONL file, fsynced per append. One adapter process writes
 * it (appends are serialised within the process; run several adapter processes with Redis, or one
 * file each). The head is the file's last record, read once and then kept.
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

  private async lastHead(): Promise<ChainHead> {
    let head = EMPTY_HEAD;
    for await (const entry of this.scan()) {
      const record = JSON.parse(entry.raw) as { seq?: unknown; hash?: unknown };
      if (typeof record.seq !== 'number' || typeof record.hash !== 'string') throw new Error(`${this.path} ${entry.position} is not a disclosure record: verify the log`);
      head = { seq: record.seq, hash: record.hash };
    }
    return head;
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
