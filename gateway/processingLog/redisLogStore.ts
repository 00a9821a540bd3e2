import { Redis } from 'ioredis';
import { chain, serialise, type ChainHead, type ProcessingRecord, type RecordDraft } from './processingRecord.ts';
import { parseRecord, type ProcessingLogStore, type PruneCommit, type StoredEntry } from './processingLogStore.ts';
import { APPEND_SCRIPT, fieldValue, formatHead, logKeys, parseHead, PRUNE_SCRIPT, type LogKeys } from './redisLogScripts.ts';

export interface RedisLogStoreOptions {
  /** `redis://host:port/db` (`REDIS_URL`). */
  url: string;
  /** Key prefix; default `ketengraaf:{log}:`. */
  prefix?: string;
  /** A command that takes longer fails, and with it the release. Default 2000 ms. */
  commandTimeoutMs?: number;
}

type Waiting = { drafts: readonly RecordDraft[]; resolve: (records: ProcessingRecord[]) => void; reject: (error: unknown) => void };

const MAX_BATCH = 500;
const MAX_ATTEMPTS = 100;
/**
 * The processing log in a Redis Stream. Appends are a compare-and-set on the head key in one Lua
 * script, so any number of gateway processes keep one chain; appends waiting in this process are
 * committed together (group commit), one round trip for many requests.
 */
export class RedisLogStore implements ProcessingLogStore {
  private readonly keys: LogKeys;
  private head: ChainHead | null = null;
  private waiting: Waiting[] = [];
  private flushing: Promise<void> | null = null;

  private constructor(
    private readonly redis: Redis,
    readonly description: string,
    prefix?: string,
  ) {
    this.keys = logKeys(prefix);
  }

  static async connect(options: RedisLogStoreOptions): Promise<RedisLogStore> {
    // No offline queue and one try: while Redis is down, an append fails at once (no log, no release).
    const redis = new Redis(options.url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: options.commandTimeoutMs ?? 2000,
    });
    redis.on('error', () => undefined); // failures surface on the commands; ioredis reconnects by itself
    await redis.connect();
    return new RedisLogStore(redis, `redis ${new URL(options.url).host}`, options.prefix);
  }

  append(drafts: readonly RecordDraft[]): Promise<ProcessingRecord[]> {
    if (drafts.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.waiting.push({ drafts, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  /** Commits what waits, batch after batch, until nothing does. */
  private async flush(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch: Waiting[] = [];
      let size = 0;
      while (this.waiting.length > 0 && (batch.length === 0 || size + this.waiting[0]!.drafts.length <= MAX_BATCH)) {
        const next = this.waiting.shift()!;
        batch.push(next);
        size += next.drafts.length;
      }
      try {
        const records = await this.commit(batch.flatMap((waiting) => waiting.drafts));
        let offset = 0;
        for (const waiting of batch) {
          waiting.resolve(records.slice(offset, offset + waiting.drafts.length));
          offset += waiting.drafts.length;
        }
      } catch (error) {
        this.head = null; // re-read after a failure: another process may have moved on
        for (const waiting of batch) waiting.reject(error);
      }
    }
    // Cleared in the same step as the last check, so no append can find a flush that is ending.
    this.flushing = null;
  }

  private async commit(drafts: readonly RecordDraft[]): Promise<ProcessingRecord[]> {
    let head = this.head ?? parseHead(await this.redis.get(this.keys.head));
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const records = chain(drafts, head);
      const last = records.at(-1)!;
      const keys = [this.keys.stream, this.keys.head, ...records.flatMap((r) => [this.keys.child(r.childId), this.keys.organisation(r.organisation)])];
      const args = [formatHead(head), formatHead(last), ...records.flatMap((r) => [serialise(r), String(r.seq)])];
      const reply = (await this.redis.eval(APPEND_SCRIPT, keys.length, ...keys, ...args)) as [number, unknown];
      if (reply[0] === 1) {
        this.head = { seq: last.seq, hash: last.hash };
        return records;
      }
      head = parseHead(typeof reply[1] === 'string' ? reply[1] : null);
    }
    throw new Error(`the processing log head kept moving: ${MAX_ATTEMPTS} appends by other processes won`);
  }

  async *scan(): AsyncIterable<StoredEntry> {
    let start = '-';
    for (;;) {
      const page = await this.redis.xrange(this.keys.stream, start, '+', 'COUNT', 1000);
      for (const [id, fields] of page) yield { position: `stream id ${id}`, raw: fieldValue(fields, 'r'), handle: id };
      if (page.length < 1000) return;
      start = `(${page.at(-1)![0]}`;
    }
  }

  async storedHead(): Promise<ChainHead | null> {
    const text = await this.redis.get(this.keys.head);
    return text ? parseHead(text) : null;
  }

  private async byIndex(key: string): Promise<ProcessingRecord[]> {
    const ids = await this.redis.zrange(key, '0', '-1');
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.xrange(this.keys.stream, id, id);
    const replies = (await pipeline.exec()) ?? [];
    return replies.flatMap(([error, page]) => {
      if (error) throw error;
      const entry = (page as [string, string[]][])[0];
      const record = entry ? parseRecord(fieldValue(entry[1], 'r')) : null;
      return record ? [record] : [];
    });
  }

  forChild(childId: string): Promise<ProcessingRecord[]> {
    return this.byIndex(this.keys.child(childId));
  }

  forOrganisation(organisationId: string): Promise<ProcessingRecord[]> {
    return this.byIndex(this.keys.organisation(organisationId));
  }

  checkpoints(): Promise<string[]> {
    return this.redis.lrange(this.keys.checkpoints, 0, -1);
  }

  async commitPrune(commit: PruneCommit): Promise<void> {
    const records = commit.remove.map((entry) => parseRecord(entry.raw));
    const keys = [this.keys.stream, this.keys.checkpoints, ...records.flatMap((r) => [this.keys.child(r?.childId ?? null), this.keys.organisation(r?.organisation ?? '-')])];
    const args = [String(commit.expectedCheckpoints), commit.checkpoint, ...commit.remove.map((entry) => entry.handle)];
    const committed = await this.redis.eval(PRUNE_SCRIPT, keys.length, ...keys, ...args);
    if (committed !== 1) throw new Error('another prune ran at the same time; run the prune again');
  }

  /** Redis's persistence settings, to warn at start-up when acknowledged records could be lost. */
  async persistence(): Promise<{ appendonly: string; appendfsync: string } | null> {
    try {
      const reply = (await this.redis.config('GET', 'append*')) as string[];
      return { appendonly: fieldValue(reply, 'appendonly'), appendfsync: fieldValue(reply, 'appendfsync') };
    } catch {
      return null; // managed Redis services often disable CONFIG
    }
  }

  async close(): Promise<void> {
    await this.flushing;
    this.redis.disconnect();
  }
}
