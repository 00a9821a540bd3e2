import { afterAll, describe, expect, it } from 'vitest';
import { connectRedis } from '../../schema/redisConnection.ts';
import { redisServerInstalled, startRedisServer, type RunningRedis } from '../../test/harness/redisServer.ts';
import { RedisLogStore } from './redisLogStore.ts';
import { draft } from './test/storeFixtures.ts';

// Redis replicates asynchronously: a master that fails over to its replica (Sentinel, or a Redis
// Cluster) can lose an append it already acknowledged, and so a release without its record. With
// KETENGRAAF_LOG_REPLICAS the append is acknowledged only once that many replicas have it.
const running: RunningRedis[] = [];
afterAll(async () => {
  await Promise.all(running.map((server) => server.stop()));
});

async function replicaOf(master: RunningRedis): Promise<RunningRedis> {
  const replica = await startRedisServer({ extraArgs: () => ['--replicaof', '127.0.0.1', String(master.port)] });
  running.push(replica);
  const client = connectRedis(replica.url);
  try {
    for (let tries = 0; !/master_link_status:up/.test(await client.info('replication')); tries++) {
      if (tries > 200) throw new Error('the replica did not connect to its master');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    client.disconnect();
  }
  return replica;
}

describe.skipIf(!redisServerInstalled())('an append that must reach a replica', () => {
  it('is acknowledged once the replica has it, and fails (no release) when no replica takes it', async () => {
    const master = await startRedisServer({ extraArgs: () => ['--repl-diskless-sync-delay', '0'] });
    running.push(master);
    const replica = await replicaOf(master);
    const store = await RedisLogStore.connect({ url: master.url, replicas: 1, commandTimeoutMs: 1000 });
    try {
      const [record] = await store.append([draft()]);
      const onReplica = connectRedis(replica.url);
      expect(await onReplica.get('ketengraaf:{log}:head')).toBe(`${record!.seq} ${record!.hash}`);
      onReplica.disconnect();

      await replica.stop();
      await expect(store.append([draft()])).rejects.toThrow(/reached 0 of the 1 replica/);
    } finally {
      await store.close();
    }
  });
});
