import { Redis } from 'ioredis';
import { refuse } from '../casusErrors.ts';
import { emptyFile, isEmptyFile, type ChildFile, type ProfessionalRecord } from '../records.ts';
import { MAX_CHANGE_ATTEMPTS, type CasusStore, type ChildChange } from './casusStore.ts';
import { diffIndex, indexOf, type IndexDiff } from './fileIndex.ts';
import { COMPARE_AND_SET_SCRIPT, redisKeys, type RedisKeys } from './redisKeys.ts';

export interface RedisStoreOptions {
  /** `redis://host:port/db` (`REDIS_URL`). */
  url: string;
  /** Key prefix, so several hubs or test runs can share one Redis. Default `casus:`. */
  prefix?: string;
}

type IndexOp = [command: string, keyIndex: number, ...args: (string | number)[]];

/**
 * The casus store in Redis. Each change reads the child's file, applies the change to a copy and
 * writes file and indexes with one compare-and-set script: a concurrent writer makes it retry, so
 * no update is lost, and the script writes all or nothing.
 */
export class RedisCasusStore implements CasusStore {
  private readonly redis: Redis;
  private readonly keys: RedisKeys;

  constructor(options: RedisStoreOptions) {
    // A request fails after one reconnect attempt instead of waiting for Redis indefinitely: the
    // professional gets an error, and a mutation that failed wrote nothing (one script or none).
    this.redis = new Redis(options.url, { maxRetriesPerRequest: 1 });
    // ioredis keeps reconnecting; say so once per distinct failure rather than on every attempt.
    let lastError = '';
    this.redis.on('error', (error: Error) => {
      if (error.message !== lastError) console.error(`[casus] Redis: ${error.message}`);
      lastError = error.message;
    });
    this.redis.on('ready', () => {
      lastError = '';
    });
    this.keys = redisKeys(options.prefix ?? 'casus:');
  }

  async readChildren(childIds: readonly string[]): Promise<(ChildFile | null)[]> {
    if (childIds.length === 0) return [];
    const raws = await this.redis.mget(...childIds.map(this.keys.child));
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
    return this.redis.get(this.keys.ref(entityId));
  }

  async childrenOfOrganisation(organisationId: string): Promise<string[]> {
    return this.redis.smembers(this.keys.organisation(organisationId));
  }

  async matchedChildren(): Promise<string[]> {
    return this.redis.smembers(this.keys.matches);
  }

  async *scanChildren(batchSize: number): AsyncIterable<ChildFile[]> {
    // SCAN walks the keyspace in steps without blocking Redis (unlike KEYS), and may return a key
    // twice: `seen` keeps a file from being counted twice. Keys gather until a batch is full, so
    // each batch is one MGET however few child keys a SCAN step happens to find.
    const seen = new Set<string>();
    let pending: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', this.keys.childPattern, 'COUNT', batchSize);
      cursor = next;
      for (const key of keys) {
        if (!seen.has(key)) pending.push(key);
        seen.add(key);
      }
      while (pending.length >= batchSize || (cursor === '0' && pending.length > 0)) {
        const batch = pending.slice(0, batchSize);
        pending = pending.slice(batchSize);
        // A file deleted between SCAN and MGET reads as null and is skipped.
        const raws = await this.redis.mget(...batch);
        yield raws.flatMap((raw) => (raw === null ? [] : [JSON.parse(raw) as ChildFile]));
      }
    } while (cursor !== '0');
  }

  async dueForRetention(now: Date): Promise<string[]> {
    return this.redis.zrangebyscore(this.keys.retention, '-inf', now.getTime());
  }

  async professionals(ids: readonly string[]): Promise<(ProfessionalRecord | null)[]> {
    if (ids.length === 0) return [];
    const raws = await this.redis.hmget(this.keys.professionals, ...ids);
    return raws.map((raw) => (raw === null ? null : (JSON.parse(raw) as ProfessionalRecord)));
  }

  async health(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }

  /** The index writes of one change, as script operations on declared keys (KEYS[2..]). */
  private indexWrites(childId: string, diff: IndexDiff, professionals: readonly ProfessionalRecord[]) {
    const keys: string[] = [];
    const ops: IndexOp[] = [];
    const on = (key: string) => {
      const at = keys.indexOf(key);
      if (at >= 0) return at + 2;
      keys.push(key);
      return keys.length + 1;
    };
    for (const ref of diff.addRefs) ops.push(['SET', on(this.keys.ref(ref)), childId]);
    for (const ref of diff.removeRefs) ops.push(['DEL', on(this.keys.ref(ref))]);
    for (const org of diff.addOrganisations) ops.push(['SADD', on(this.keys.organisation(org)), childId]);
    for (const org of diff.removeOrganisations) ops.push(['SREM', on(this.keys.organisation(org)), childId]);
    ops.push([diff.matched ? 'SADD' : 'SREM', on(this.keys.matches), childId]);
    if (diff.retentionDue === null) ops.push(['ZREM', on(this.keys.retention), childId]);
    else ops.push(['ZADD', on(this.keys.retention), diff.retentionDue, childId]);
    for (const person of professionals) ops.push(['HSET', on(this.keys.professionals), person.id, JSON.stringify(person)]);
    return { keys, ops };
  }
}
