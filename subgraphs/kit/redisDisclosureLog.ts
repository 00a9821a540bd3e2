import { Redis } from 'ioredis';
import { chainDisclosures, EMPTY_HEAD, type ChainHead, type DisclosureRecord, type StoredEntry } from './disclosureChain.ts';
import type { DisclosureLog } from './disclosureLog.ts';
import type { DisclosureDraft } from './disclosureRecord.ts';

/**
 * Appends records only if the stored head is still the one they were chained on, in one step, so
 * several adapter processes keep one chain: a process that lost the race re-reads the head and
 * chains again. KEYS: stream, head. ARGV: expected seq, expected hash, new seq, new hash, records.
 */
const APPEND = `
local head = redis.call('HMGET', KEYS[2], 'seq', 'hash')
local seq = head[1] or '-1'
local hash = head[2] or ARGV[2]
if seq ~= ARGV[1] or (head[2] and hash ~= ARGV[2]) then return 0 end
for i = 5, #ARGV do redis.call('XADD', KEYS[1], '*', 'r', ARGV[i]) end
redis.call('HSET', KEYS[2], 'seq', ARGV[3], 'hash', ARGV[4])
return 1`;

/**
 * The disclosure log in the partner's Redis: a stream of canonical records and the chain's head
 * beside it (which reveals records deleted from the end). Run Redis with `appendonly yes` and
 * `appendfsync always`: the adapter acknowledges a disclosure once Redis has.
 */
export class RedisDisclosureLog implements DisclosureLog {
  private readonly stream: string;
  private readonly headKey: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.stream = `${prefix}:stream`;
    this.headKey = `${prefix}:head`;
  }

  /** Connects before the adapter serves: a disclosure it cannot record must fail, not wait in a queue. */
  static async connect(url: string, prefix: string): Promise<RedisDisclosureLog> {
    const redis = new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: false, lazyConnect: true });
    await redis.connect();
    return new RedisDisclosureLog(redis, prefix);
  }

  get description(): string {
    return `redis stream ${this.stream}`;
  }

  async append(drafts: readonly DisclosureDraft[]): Promise<DisclosureRecord[]> {
    if (drafts.length === 0) return [];
    for (let attempt = 0; attempt < 20; attempt++) {
      const head = (await this.storedHead()) ?? EMPTY_HEAD;
      const linked = chainDisclosures(drafts, head);
      const records = linked.map(({ record }) => record);
      const last = records.at(-1) as DisclosureRecord;
      const stored = await this.redis.eval(APPEND, 2, this.stream, this.headKey, String(head.seq), head.hash, String(last.seq), last.hash, ...linked.map(({ line }) => line));
      if (stored === 1) return records;
    }
    throw new Error(`the disclosure log ${this.stream} kept changing under this append`);
  }

  async *scan(): AsyncIterable<StoredEntry> {
    let from = '-';
    for (;;) {
      const page = await this.redis.xrange(this.stream, from, '+', 'COUNT', 1000);
      for (const [id, fields] of page) yield { position: `stream id ${id}`, raw: fields[1] ?? '', handle: id };
      const last = page.at(-1);
      if (!last || page.length < 1000) return;
      from = `(${last[0]}`;
    }
  }

  async storedHead(): Promise<ChainHead | null> {
    const [seq, hash] = await this.redis.hmget(this.headKey, 'seq', 'hash');
    return typeof seq === 'string' && typeof hash === 'string' ? { seq: Number(seq), hash } : null;
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
