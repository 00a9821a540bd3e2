import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair } from 'jose';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { redisServerInstalled, startRedisServer, type RunningRedis } from '../../test/harness/redisServer.ts';
import { auditChain } from './auditChain.ts';
import { FileLogStore } from './fileLogStore.ts';
import { durabilityWarning } from './openLogStore.ts';
import type { ProcessingLogStore } from './processingLogStore.ts';
import { RedisLogStore } from './redisLogStore.ts';
import { startAppendProcess } from './test/appendProcess.ts';
import { draft } from './test/storeFixtures.ts';

const keys = await generateKeyPair('ES256');
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-durability-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

async function expectAllAcknowledgedAndChained(store: ProcessingLogStore, acknowledged: readonly string[]) {
  const stored = new Set<string>();
  for await (const entry of store.scan()) stored.add((JSON.parse(entry.raw) as { recordId: string }).recordId);
  expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  expect(await auditChain(store, keys.publicKey)).toMatchObject({ ok: true });
  return stored.size;
}

describe.skipIf(!redisServerInstalled())('Redis with appendonly yes, appendfsync always', () => {
  it('loses no acknowledged record when the hub is SIGKILLed mid-load, nor when Redis itself is killed after it', async () => {
    const dir = tempDir();
    let redis: RunningRedis = await startRedisServer({ appendOnly: { dir, fsync: 'always' } });
    cleanups.push(() => redis.stop());
    const hub = startAppendProcess({ REDIS_URL: redis.url, APPEND_PARALLEL: '8' });
    await hub.acknowledgedAtLeast(300);
    hub.child.kill('SIGKILL');
    expect((await hub.exited).signal).toBe('SIGKILL');
    // Kill Redis as hard, then start it again from its append-only file alone.
    redis.process.kill('SIGKILL');
    await redis.stop();
    redis = await startRedisServer({ appendOnly: { dir, fsync: 'always' } });
    const store = await RedisLogStore.connect({ url: redis.url });
    cleanups.push(() => store.close());
    expect(await durabilityWarning(store)).toBeNull();
    const stored = await expectAllAcknowledgedAndChained(store, hub.acknowledged);
    expect(stored).toBeGreaterThanOrEqual(hub.acknowledged.length);
    // The chain goes on where the killed process left it.
    await store.append([draft()]);
    expect(await auditChain(store, keys.publicKey)).toMatchObject({ ok: true, records: stored + 1 });
  });

  it('keeps one chain when three gateway processes append to the same Redis', async () => {
    const redis = await startRedisServer();
    cleanups.push(() => redis.stop());
    const hubs = [1, 2, 3].map(() => startAppendProcess({ REDIS_URL: redis.url, APPEND_COUNT: '150' }));
    const exits = await Promise.all(hubs.map((hub) => hub.exited));
    expect(exits.map((exit) => exit.code)).toEqual([0, 0, 0]);
    const store = await RedisLogStore.connect({ url: redis.url });
    cleanups.push(() => store.close());
    await expectAllAcknowledgedAndChained(store, hubs.flatMap((hub) => hub.acknowledged));
    expect(await auditChain(store, keys.publicKey)).toMatchObject({ ok: true, records: 450 });
  });
});

describe.skipIf(!inject('redisClusterUrl'))('a Redis Cluster', () => {
  it('keeps one chain when three gateway processes append to the log on the same cluster', async () => {
    const url = inject('redisClusterUrl')!;
    const prefix = `test:${randomUUID()}:{log}:`;
    const hubs = [1, 2, 3].map(() => startAppendProcess({ REDIS_URL: url, KETENGRAAF_LOG_PREFIX: prefix, APPEND_COUNT: '100' }));
    expect((await Promise.all(hubs.map((hub) => hub.exited))).map((exit) => exit.code)).toEqual([0, 0, 0]);
    const store = await RedisLogStore.connect({ url, prefix });
    cleanups.push(() => store.close());
    await expectAllAcknowledgedAndChained(store, hubs.flatMap((hub) => hub.acknowledged));
    expect(await auditChain(store, keys.publicKey)).toMatchObject({ ok: true, records: 300 });
  });
});

describe('the embedded file store', () => {
  it('loses no acknowledged record when the hub is SIGKILLed mid-load, and the next process goes on with the chain', async () => {
    const file = join(tempDir(), 'processing-log.jsonl');
    const hub = startAppendProcess({ REDIS_URL: '', KETENGRAAF_LOG_FILE: file, APPEND_PARALLEL: '8' });
    await hub.acknowledgedAtLeast(150);
    hub.child.kill('SIGKILL');
    await hub.exited;
    const next = startAppendProcess({ REDIS_URL: '', KETENGRAAF_LOG_FILE: file, APPEND_COUNT: '20' });
    expect((await next.exited).code).toBe(0);
    const stored = await expectAllAcknowledgedAndChained(new FileLogStore(file), [...hub.acknowledged, ...next.acknowledged]);
    expect(stored).toBeGreaterThanOrEqual(hub.acknowledged.length + 20);
  });

  it('keeps one chain when three processes append to the same file', async () => {
    const file = join(tempDir(), 'processing-log.jsonl');
    const hubs = [1, 2, 3].map(() => startAppendProcess({ REDIS_URL: '', KETENGRAAF_LOG_FILE: file, APPEND_COUNT: '60' }));
    expect((await Promise.all(hubs.map((hub) => hub.exited))).map((exit) => exit.code)).toEqual([0, 0, 0]);
    const store = new FileLogStore(file);
    await expectAllAcknowledgedAndChained(store, hubs.flatMap((hub) => hub.acknowledged));
    expect(await auditChain(store, keys.publicKey)).toMatchObject({ ok: true, records: 180 });
  });
});
