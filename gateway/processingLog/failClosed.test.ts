import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessingRegister } from '../../schema/processingRegister.ts';
import { startRedisCluster, type RunningCluster } from '../../test/harness/redisCluster.ts';
import { redisServerInstalled, startRedisServer, type RunningRedis } from '../../test/harness/redisServer.ts';
import { FileLogStore } from './fileLogStore.ts';
import { createProcessingLogObserver } from './processingLogObserver.ts';
import { logKeys } from './redisLogScripts.ts';
import { RedisLogStore } from './redisLogStore.ts';
import { releaseCandidate } from './test/releaseCandidates.ts';

// "No log, no release": the gateway returns LOG_UNAVAILABLE and no data when beforeRelease throws
// (gateway/privacyGateway.ts), so the observer must throw whenever a record could not be made durable.
const register = new ProcessingRegister();
const CHILD = 'ch_failclosed00000000000000000';
function releasing() {
  const candidate = releaseCandidate(`{ children { schoolAbsences { date } } }`, 'SCHOOL_CARE_COORDINATOR', 'CASE_DISCUSSION', 4);
  candidate.data = { kg__type: 'Query', children: [{ kg__type: 'Child', kg__child: CHILD, schoolAbsences: [] }] };
  return candidate;
}
function nothingPersonal() {
  const candidate = releaseCandidate(`{ children { id } }`, 'SCHOOL_CARE_COORDINATOR', 'CASE_DISCUSSION', 4);
  candidate.data = { kg__type: 'Query', children: [{ kg__type: 'Child', kg__child: CHILD, id: CHILD }] };
  return candidate;
}

/** Appends until one goes through again (each failing at once meanwhile): the store recovers without a restart. */
async function recovers(observer: ReturnType<typeof createProcessingLogObserver>, withinMs = 30_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      return await observer.beforeRelease!(releasing());
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe.skipIf(!redisServerInstalled())('the observer with the Redis store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-fail-closed-aof-'));
  let redis: RunningRedis;
  let store: RedisLogStore;
  beforeAll(async () => {
    redis = await startRedisServer({ appendOnly: { dir, fsync: 'always' } });
    store = await RedisLogStore.connect({ url: redis.url });
  });
  afterAll(async () => {
    await store?.close();
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the records before it returns, throws at once when Redis is gone, and goes on when it is back', async () => {
    const observer = createProcessingLogObserver(store, register);
    await observer.beforeRelease!(releasing());
    expect((await store.forChild(CHILD)).map((record) => record.fieldsReleased)).toEqual([['Child.schoolAbsences']]);

    await redis.stop();
    const started = Date.now();
    await expect(observer.beforeRelease!(releasing())).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
    // A response without personal data needs no record, so it is not held up by the log.
    await expect(observer.beforeRelease!(nothingPersonal())).resolves.toBeUndefined();

    redis = await startRedisServer({ appendOnly: { dir, fsync: 'always' }, port: redis.port });
    await recovers(observer);
    expect((await store.forChild(CHILD)).map((record) => record.seq)).toEqual([0, 1]);
  });
});

describe.skipIf(!redisServerInstalled())('the observer with the Redis store on a cluster', () => {
  let cluster: RunningCluster;
  let store: RedisLogStore;
  beforeAll(async () => {
    cluster = await startRedisCluster();
    store = await RedisLogStore.connect({ url: cluster.url });
  });
  afterAll(async () => {
    await store?.close();
    await cluster?.stop();
  });

  it('throws at once while the master of the log’s slot is down, and goes on when it is back', async () => {
    const observer = createProcessingLogObserver(store, register);
    await observer.beforeRelease!(releasing());
    const owner = await cluster.masterOf(logKeys().head);

    cluster.nodes[owner]!.process.kill('SIGKILL');
    await cluster.nodes[owner]!.stop();
    const started = Date.now();
    await expect(observer.beforeRelease!(releasing())).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);

    await cluster.restart(owner);
    await recovers(observer);
    expect((await store.forChild(CHILD)).length).toBeGreaterThanOrEqual(1);
  });
});

describe('the observer with the file store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-fail-closed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('throws when the log file cannot be written', async () => {
    const blocker = join(dir, 'not-a-directory');
    writeFileSync(blocker, '');
    const observer = createProcessingLogObserver(new FileLogStore(join(blocker, 'processing-log.jsonl')), register);
    await expect(observer.beforeRelease!(releasing())).rejects.toThrow();
  });
});
