import type { Redis } from 'ioredis';
import { hashTag, isCluster, type RedisClient } from '../../../schema/redisConnection.ts';
import type { ChildFile } from '../records.ts';

/** Reads keys in as few MGETs as the cluster allows: one per hash tag (one slot), one in all on one server. */
export async function mgetBySlot(redis: RedisClient, keys: readonly string[]): Promise<(string | null)[]> {
  if (keys.length === 0) return [];
  if (!isCluster(redis)) return redis.mget(...keys);
  const groups = new Map<string, number[]>();
  keys.forEach((key, at) => groups.set(hashTag(key) ?? key, [...(groups.get(hashTag(key) ?? key) ?? []), at]));
  const values: (string | null)[] = new Array(keys.length).fill(null);
  await Promise.all(
    [...groups.values()].map(async (positions) => {
      const found = await redis.mget(...positions.map((at) => keys[at]!));
      positions.forEach((at, i) => (values[at] = found[i] ?? null));
    }),
  );
  return values;
}

/**
 * Every child file matching `pattern`, in batches of at most `batchSize`. SCAN walks the keyspace
 * in steps without blocking Redis (unlike KEYS), on every master of a cluster in turn, and may
 * return a key twice: `seen` keeps a file from being counted twice. Keys gather until a batch is
 * full, so each batch costs one MGET per slot however few child keys a SCAN step finds.
 */
export async function* scanFiles(redis: RedisClient, pattern: string, batchSize: number): AsyncIterable<ChildFile[]> {
  const nodes: (Redis | RedisClient)[] = isCluster(redis) ? redis.nodes('master') : [redis];
  const seen = new Set<string>();
  let pending: string[] = [];
  for (const [n, node] of nodes.entries()) {
    let cursor = '0';
    do {
      const [next, keys] = await node.scan(cursor, 'MATCH', pattern, 'COUNT', batchSize);
      cursor = next;
      for (const key of keys) {
        if (!seen.has(key)) pending.push(key);
        seen.add(key);
      }
      const last = cursor === '0' && n === nodes.length - 1;
      while (pending.length >= batchSize || (last && pending.length > 0)) {
        const batch = pending.slice(0, batchSize);
        pending = pending.slice(batchSize);
        // A file deleted between SCAN and MGET reads as null and is skipped.
        const raws = await mgetBySlot(redis, batch);
        yield raws.flatMap((raw) => (raw === null ? [] : [JSON.parse(raw) as ChildFile]));
      }
    } while (cursor !== '0');
  }
}
