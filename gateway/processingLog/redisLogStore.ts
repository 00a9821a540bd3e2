import { connectRedis, describeRedis, hashTag, isCluster, type RedisClient } from '../../schema/redisConnection.ts';
import { GroupCommit } from './groupCommit.ts';
import { headAfter, link, prepare, type PreparedDraft } from './linkRecords.ts';
import type { ChainHead, ProcessingRecord, RecordDraft } from './processingRecord.ts';
import { parseRecord, type IndexReport, type ProcessingLogStore, type PruneCommit, type StoredEntry } from './processingLogStore.ts';
import { auditRedisIndex } from './redisIndexAudit.ts';
import { recordsByIndex } from './redisIndexedRead.ts';
import { appendReplicated, type AppendCommand } from './replicatedAppend.ts';
import { APPEND_SCRIPT, DEFAULT_LOG_PREFIX, fieldValue, formatHead, logKeys, parseHead, PRUNE_SCRIPT, type LogKeys } from './redisLogScripts.ts';
import { persistenceOf } from './redisPersistence.ts';

export interface RedisLogStoreOptions {
  /** `redis://host:port/db`, or `redis+cluster://host:port,host:port` for a Redis Cluster (`REDIS_URL`). */
  url: string;
  /** Key prefix; default `ketengraaf:{log}:`. On a cluster it must hold a hash tag (`{…}`). */
  prefix?: string;
  /** A command that takes longer fails, and with it the release. Default 2000 ms. */
  commandTimeoutMs?: number;
  /**
   * Replicas that must have an append before it is acknowledged (`WAIT`, `KETENGRAAF_LOG_REPLICAS`):
   * Redis replicates asynchronously, so a master that fails over to a replica can lose what it had
   * not passed on. Fewer replicas within `commandTimeoutMs / 2` and the append fails. Default 0.
   */
  replicas?: number;
}

const MAX_ATTEMPTS = 100;
type Scripted = { kgLogPrune(...args: (string | number)[]): Promise<number> } & AppendCommand;

/**
 * The processing log in a Redis Stream. Appends are a compare-and-set on the head key in one Lua
 * script, so any number of gateway processes keep one chain; appends waiting in this process are
 * committed together (group commit), one round trip for many requests. On a Redis Cluster every
 * key of the log carries one hash tag: the chain lives on one slot, and so on one master, by design
 * (one chain has one order; see the README's "Redis Cluster").
 */
export class RedisLogStore implements ProcessingLogStore {
  private readonly keys: LogKeys;
  private head: ChainHead | null = null;
  private readonly group = new GroupCommit<PreparedDraft, ProcessingRecord>((prepared) => this.commit(prepared), 500);

  private constructor(
    private readonly redis: RedisClient,
    readonly description: string,
    private readonly prefix: string,
    private readonly replicas: { count: number; timeoutMs: number },
  ) {
    this.keys = logKeys(prefix);
    redis.defineCommand('kgLogAppend', { lua: APPEND_SCRIPT });
    redis.defineCommand('kgLogPrune', { lua: PRUNE_SCRIPT });
  }

  static async connect(options: RedisLogStoreOptions): Promise<RedisLogStore> {
    const prefix = options.prefix ?? DEFAULT_LOG_PREFIX;
    // No offline queue and one try: while Redis is down, an append fails at once (no log, no release).
    const redis = connectRedis(options.url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: options.commandTimeoutMs ?? 2000 });
    if (isCluster(redis) && hashTag(prefix) === null) {
      throw new Error(`KETENGRAAF_LOG_PREFIX "${prefix}" has no hash tag ({…}): on a Redis Cluster the log's keys must share one slot`);
    }
    redis.on('error', () => undefined); // failures surface on the commands; ioredis reconnects by itself
    await redis.connect();
    const replicas = { count: options.replicas ?? 0, timeoutMs: Math.floor((options.commandTimeoutMs ?? 2000) / 2) };
    return new RedisLogStore(redis, describeRedis(options.url), prefix, replicas);
  }

  private get scripts(): Scripted {
    return this.redis as unknown as Scripted;
  }

  append(drafts: readonly RecordDraft[]): Promise<ProcessingRecord[]> {
    // Canonical JSON is made here, per request, while an earlier group is on its way to Redis.
    return this.group.add(drafts.map(prepare));
  }

  private async commit(prepared: readonly PreparedDraft[]): Promise<ProcessingRecord[]> {
    try {
      let head = this.head ?? parseHead(await this.redis.get(this.keys.head));
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const linked = link(prepared, head);
        const last = headAfter(linked, head);
        const keys = [this.keys.stream, this.keys.head, ...linked.flatMap(({ record }) => [this.keys.child(record.childId), this.keys.organisation(record.organisation)])];
        const args = [formatHead(head), formatHead(last), ...linked.flatMap(({ record, line }) => [line, String(record.seq)])];
        const reply = await this.appendScript(keys, args);
        if (reply[0] === 1) {
          this.head = last;
          return linked.map(({ record }) => record);
        }
        // Another gateway appended first: link again after its head (hashes only; the JSON is kept).
        head = parseHead(typeof reply[1] === 'string' ? reply[1] : null);
      }
      throw new Error(`the processing log head kept moving: ${MAX_ATTEMPTS} appends by other processes won`);
    } catch (error) {
      this.head = null; // re-read after a failure: another process may have moved on
      throw error;
    }
  }

  private appendScript(keys: string[], args: string[]): Promise<[number, unknown]> {
    if (this.replicas.count === 0) return this.scripts.kgLogAppend(keys.length, ...keys, ...args);
    return appendReplicated(this.redis, this.replicas, keys, args);
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

  forChild(childId: string): Promise<ProcessingRecord[]> {
    return recordsByIndex(this.redis, this.keys.stream, this.keys.child(childId), { childId });
  }

  forOrganisation(organisationId: string): Promise<ProcessingRecord[]> {
    return recordsByIndex(this.redis, this.keys.stream, this.keys.organisation(organisationId), { organisation: organisationId });
  }

  verifyIndex(): Promise<IndexReport> {
    return auditRedisIndex(this.redis, this.keys, this.prefix, this.scan());
  }

  checkpoints(): Promise<string[]> {
    return this.redis.lrange(this.keys.checkpoints, 0, -1);
  }

  async commitPrune(commit: PruneCommit): Promise<void> {
    const records = commit.remove.map((entry) => parseRecord(entry.raw));
    const keys = [this.keys.stream, this.keys.checkpoints, ...records.flatMap((r) => [this.keys.child(r?.childId ?? null), this.keys.organisation(r?.organisation ?? '-')])];
    const args = [String(commit.expectedCheckpoints), commit.checkpoint, ...commit.remove.map((entry) => entry.handle)];
    const committed = await this.scripts.kgLogPrune(keys.length, ...keys, ...args);
    if (committed !== 1) throw new Error('another prune ran at the same time; run the prune again');
  }

  /** Redis's persistence settings, to warn at start-up when acknowledged records could be lost. */
  persistence(): Promise<{ appendonly: string; appendfsync: string } | null> {
    return persistenceOf(this.redis);
  }

  async close(): Promise<void> {
    await this.group.idle();
    this.redis.disconnect();
  }
}
