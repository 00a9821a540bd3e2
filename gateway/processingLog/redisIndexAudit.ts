import { isCluster, type RedisClient } from '../../schema/redisConnection.ts';
import { parseRecord, type IndexReport, type StoredEntry } from './processingLogStore.ts';
import type { LogKeys } from './redisLogScripts.ts';

const PAGE = 500;

/** Every key matching `pattern` on the log's master(s); the log's keys share one slot, so one master holds them. */
async function keysMatching(redis: RedisClient, pattern: string): Promise<string[]> {
  const found = new Set<string>();
  for (const node of isCluster(redis) ? redis.nodes('master') : [redis]) {
    let cursor = '0';
    do {
      const [next, keys] = await node.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      cursor = next;
      for (const key of keys) found.add(key);
    } while (cursor !== '0');
  }
  return [...found];
}

/**
 * Checks the Redis store's sorted-set indexes against its stream: each entry is in its child's
 * and its organisation's set with its seq as score, and the sets hold nothing else.
 */
export async function auditRedisIndex(redis: RedisClient, keys: LogKeys, prefix: string, entries: AsyncIterable<StoredEntry>): Promise<IndexReport> {
  let expected = 0;
  let page: { entry: StoredEntry; seq: number; childId: string | null; organisation: string }[] = [];
  const check = async (): Promise<string | null> => {
    const pipeline = redis.pipeline();
    for (const { entry, childId, organisation } of page) {
      if (childId !== null) pipeline.zscore(keys.child(childId), entry.handle);
      pipeline.zscore(keys.organisation(organisation), entry.handle);
    }
    const scores = ((await pipeline.exec()) ?? []).map(([error, score]) => (error ? null : score === null ? null : Number(score)));
    let at = 0;
    for (const { entry, seq, childId } of page) {
      const wanted = childId === null ? 1 : 2;
      if (scores.slice(at, at + wanted).some((score) => score !== seq)) return `the record at ${entry.position} (seq ${seq}) is not in the index under its ${childId !== null && scores[at] !== seq ? 'child' : 'organisation'}`;
      at += wanted;
    }
    page = [];
    return null;
  };
  for await (const entry of entries) {
    const record = parseRecord(entry.raw);
    if (!record || !Number.isInteger(record.seq)) continue;
    expected += record.childId === null ? 1 : 2;
    page.push({ entry, seq: record.seq, childId: record.childId, organisation: record.organisation });
    const problem = page.length >= PAGE ? await check() : null;
    if (problem) return { ok: false, problem };
  }
  const problem = await check();
  if (problem) return { ok: false, problem };
  const escaped = prefix.replace(/[*?[\]\\]/g, '\\$&');
  const sets = [...(await keysMatching(redis, `${escaped}child:*`)), ...(await keysMatching(redis, `${escaped}org:*`))];
  const cards = await Promise.all(sets.map((key) => redis.zcard(key)));
  const held = cards.reduce((sum, count) => sum + count, 0);
  if (held !== expected) return { ok: false, problem: `the index holds ${held} entries for ${expected} expected: it names records that are not there` };
  return { ok: true, entries: held };
}
