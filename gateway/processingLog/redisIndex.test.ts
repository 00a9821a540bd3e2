import { afterAll, describe, expect, inject, it } from 'vitest';
import { connectRedis } from '../../schema/redisConnection.ts';
import { redisServerInstalled, startRedisServer } from '../../test/harness/redisServer.ts';
import { LogIntegrityError } from './checkedRecord.ts';
import { logKeys } from './redisLogScripts.ts';
import { RedisLogStore } from './redisLogStore.ts';
import { draft } from './test/storeFixtures.ts';

// Issue 10: on Redis too, a data-subject query must not read the whole stream, and what the
// per-child index points at is checked against the record itself before anyone sees it.
const CHILD = 'ch_redisindex00000000000000000';
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});
const servers: [string, string | null][] = [
  ['redis', inject('redisUrl')],
  ['cluster', inject('redisClusterUrl')],
];

async function seeded(url: string) {
  const prefix = `test:${crypto.randomUUID()}:{log}:`;
  const store = await RedisLogStore.connect({ url, prefix });
  const admin = connectRedis(url);
  cleanups.push(async () => {
    await store.close();
    admin.disconnect();
  });
  for (let i = 0; i < 5; i++) await store.append([...Array.from({ length: 99 }, () => draft()), ...(i % 2 === 0 ? [draft({ childId: CHILD })] : [])]);
  return { store, admin, keys: logKeys(prefix) };
}

describe.skipIf(!redisServerInstalled())('the Redis log’s index', () => {
  it('answers a child’s query with one read of the index and one per record of that child', async () => {
    const redis = await startRedisServer();
    cleanups.push(() => redis.stop());
    const { store, admin } = await seeded(redis.url);
    const calls = async (): Promise<Record<string, number>> =>
      Object.fromEntries([...(await admin.info('commandstats')).matchAll(/cmdstat_(\w+):calls=(\d+)/g)].map((match) => [match[1]!, Number(match[2])]));
    const before = await calls();
    expect(await store.forChild(CHILD)).toHaveLength(3);
    const after = await calls();
    const used = Object.fromEntries(Object.entries(after).map(([command, count]) => [command, count - (before[command] ?? 0)]).filter(([command, delta]) => delta !== 0 && command !== 'info'));
    expect(used).toEqual({ zrange: 1, xrange: 3 });
  });

  describe.each(servers)('on %s', (_name, url) => {
    it.skipIf(!url)('refuses to return a record the index points at when its content does not match its hash', async () => {
      const { store, admin, keys } = await seeded(url!);
      const [[id, seq]] = [(await admin.zrange(keys.child(CHILD), '0', '0', 'WITHSCORES')) as [string, string]];
      const [[, fields]] = (await admin.xrange(keys.stream, id, id)) as [string, string[]][] as [[string, string[]]];
      const forged = fields[1]!.replace('Child.schoolAbsences', 'Child.supportNeeds');
      const forgedId = await admin.xadd(keys.stream, '*', 'r', forged);
      await admin.zrem(keys.child(CHILD), id);
      await admin.zadd(keys.child(CHILD), seq, forgedId!);
      await expect(store.forChild(CHILD)).rejects.toThrow(LogIntegrityError);
    });

    it.skipIf(!url)('reports a record deleted from the stream that the index still lists, instead of leaving it out', async () => {
      const { store, admin, keys } = await seeded(url!);
      const [id] = await admin.zrange(keys.child(CHILD), '1', '1');
      await admin.xdel(keys.stream, id!);
      await expect(store.forChild(CHILD)).rejects.toThrow(/no longer holds/);
    });
  });
});
