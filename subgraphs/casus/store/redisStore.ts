import { connectRedis, isCluster, type RedisClient } from '../../../schema/redisConnection.ts';
import { refuse } from '../casusErrors.ts';
import { emptyFile, isEmptyFile, type ChildFile, type ProfessionalRecord } from '../records.ts';
import { MAX_CHANGE_ATTEMPTS, type CasusStore, type ChildChange } from './casusStore.ts';
import { diffIndex, indexOf, type IndexDiff } from './fileIndex.ts';
import { COMPARE_AND_SET_SCRIPT, redisKeys, type RedisKeys } from './redisKeys.ts';
import { mgetBySlot, scanFiles } from './redisScan.ts';

export interface RedisStoreOptions {
  /** `redis://host:port/db`, or `redis+cluster://host:port,host:port` for a Redis Cluster (`REDIS_URL`). */
  url: string;
  /** Key prefix, so several hubs or test runs can share one Redis. Default `casus:`. */
  prefix?: string;
  /** Buckets on a cluster (`CASUS_REDIS_BUCKETS`), fixed once data is written. Default 16; one server has none. */
  buckets?: number;
}

const unique = (lists: string[][]) => [...new Set(lists.flat())];

type IndexOp = [command: string, keyIndex: number, ...args: (string | number)[]];

/**
 * The casus store in Redis. Each change reads the child's file, applies the change to a copy and
 * writes file and indexes with one compare-and-set script: a concurrent writer makes it retry, so
 * no update is lost, and the script writes all or nothing.
 */
export class RedisCasusStore implements CasusStore {
  private readonly redis: RedisClient;
  private readonly keys: RedisKeys;
  private readonly bucketCount: number | null;
  private layoutChecked = false;

  constructor(options: RedisStoreOptions) {
    // A request fails after one reconnect attempt instead of waiting for Redis indefinitely: the
    // professional gets an error, and a mutation that failed wrote nothing (one script or none).
    // Auto-pipelining sends the per-bucket commands of one query to each node in one round trip.
    this.redis = connectRedis(options.url, { maxRetriesPerRequest: 1, enableAutoPipelining: true });
    // ioredis keeps reconnecting; say so once per distinct failure rather than on every attempt.
    let lastError = '';
    this.redis.on('error', (error: Error) => {
      if (error.message !== lastError) console.error(`[casus] Redis: ${error.message}`);
      lastError = error.message;
    });
    this.redis.on('ready', () => {
      lastError = '';
    });
    this.bucketCount = isCluster(this.redis) ? (options.buckets ?? 16) : null;
    this.keys = redisKeys(options.prefix ?? 'casus:', this.bucketCount);
  }

  /** The same command on every bucket's index (one on a single server), answers in bucket order. */
  private everyBucket<T>(command: (indexes: ReturnType<RedisKeys['indexes']>) => Promise<T>): Promise<T[]> {
    return Promise.all(this.keys.buckets.map((tag) => command(this.keys.indexes(tag))));
  }

  async readChildren(childIds: readonly string[]): Promise<(ChildFile | null)[]> {
    const raws = await mgetBySlot(this.redis, childIds.map(this.keys.child));
    return raws.map((raw) => (raw === null ? null : (JSON.parse(raw) as ChildFile)));
  }

  async updateChild<R>(childId: string, change: (file: ChildFile) => ChildChange<R>): Promise<R> {
    const fileKey = this.keys.child(childId);
    for (let attempt = 0; attempt < MAX_CHANGE_ATTEMPTS; attempt++) {
      const raw = await this.redis.get(fileKey);
      const before = raw === null ? null : (JSON.parse(raw) as ChildFile);
      const draft = raw === null ? emptyFile(childId) : (JSON.parse(raw) as ChildFile);
      const { result, professionals = [] } = change(draft);
      const after = isEmptyFile(draft) ? null : draft;
      const { keys, ops } = this.indexWrites(childId, diffIndex(indexOf(before), indexOf(after)), professionals);
      const written = await this.redis.eval(
        COMPARE_AND_SET_SCRIPT,
        1 + keys.length,
        fileKey,
        ...keys,
        raw ?? '',
        after ? JSON.stringify(after) : '',
        JSON.stringify(ops),
      );
      if (written === 1) return result;
    }
    throw refuse('CONCURRENT_CHANGE', 'This record is being changed by others at the same moment; re-read it and try again.');
  }

  async childOf(entityId: string): Promise<string | null> {
    return (await this.everyBucket((keys) => this.redis.get(keys.ref(entityId)))).find((child) => child !== null) ?? null;
  }

  async childrenOfOrganisation(organisationId: string): Promise<string[]> {
    return unique(await this.everyBucket((keys) => this.redis.smembers(keys.organisation(organisationId))));
  }

  async matchedChildren(): Promise<string[]> {
    return unique(await this.everyBucket((keys) => this.redis.smembers(keys.matches)));
  }

  scanChildren(batchSize: number): AsyncIterable<ChildFile[]> {
    return scanFiles(this.redis, this.keys.childPattern, batchSize);
  }

  async dueForRetention(now: Date): Promise<string[]> {
    return unique(await this.everyBucket((keys) => this.redis.zrangebyscore(keys.retention, '-inf', now.getTime())));
  }

  /** On a cluster each bucket keeps the professionals its children's changes recorded: the latest write wins. */
  async professionals(ids: readonly string[]): Promise<(ProfessionalRecord | null)[]> {
    if (ids.length === 0) return [];
    const perBucket = await this.everyBucket((keys) => this.redis.hmget(keys.professionals, ...ids));
    return ids.map((_, at) => {
      const written = perBucket.flatMap((raws) => (raws[at] ? [JSON.parse(raws[at]) as ProfessionalRecord & { writtenAt?: number }] : []));
      const latest = written.sort((a, b) => (b.writtenAt ?? 0) - (a.writtenAt ?? 0))[0];
      if (!latest) return null;
      const { writtenAt: _when, ...person } = latest;
      return person;
    });
  }

  /** Answers when Redis does, and refuses a bucket count other than the one this prefix's data was written with. */
  async health(): Promise<void> {
    if (this.layoutChecked) {
      await this.redis.ping();
      return;
    }
    const layout = `buckets ${this.bucketCount ?? 'none'}`;
    await this.redis.set(this.keys.layout, layout, 'NX');
    const written = await this.redis.get(this.keys.layout);
    if (written !== layout) throw new Error(`the casus data under this prefix was written with ${written}, not ${layout}: keep CASUS_REDIS_BUCKETS as it was`);
    this.layoutChecked = true;
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }

  /** The index writes of one change, as script operations on declared keys (KEYS[2..]). */
  private indexWrites(childId: string, diff: IndexDiff, professionals: readonly ProfessionalRecord[]) {
    const index = this.keys.indexes(this.keys.bucketOf(childId));
    const keys: string[] = [];
    const ops: IndexOp[] = [];
    const on = (key: string) => {
      const at = keys.indexOf(key);
      if (at >= 0) return at + 2;
      keys.push(key);
      return keys.length + 1;
    };
    for (const ref of diff.addRefs) ops.push(['SET', on(index.ref(ref)), childId]);
    for (const ref of diff.removeRefs) ops.push(['DEL', on(index.ref(ref))]);
    for (const org of diff.addOrganisations) ops.push(['SADD', on(index.organisation(org)), childId]);
    for (const org of diff.removeOrganisations) ops.push(['SREM', on(index.organisation(org)), childId]);
    ops.push([diff.matched ? 'SADD' : 'SREM', on(index.matches), childId]);
    if (diff.retentionDue === null) ops.push(['ZREM', on(index.retention), childId]);
    else ops.push(['ZADD', on(index.retention), diff.retentionDue, childId]);
    const writtenAt = Date.now();
    for (const person of professionals) ops.push(['HSET', on(index.professionals), person.id, JSON.stringify({ ...person, writtenAt })]);
    return { keys, ops };
  }
}
