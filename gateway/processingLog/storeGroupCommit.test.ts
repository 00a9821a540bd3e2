import { generateKeyPair } from 'jose';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { connectRedis } from '../../schema/redisConnection.ts';
import { redisServerInstalled, startRedisServer } from '../../test/harness/redisServer.ts';
import { auditChain } from './auditChain.ts';
import { RedisLogStore } from './redisLogStore.ts';
import { SegmentAppender } from './segmentAppender.ts';
import { draft, fileFixture } from './test/storeFixtures.ts';

// Issue 9: appends were queued one at a time, one lock, write and fsync (or one round trip) each.
// Twenty requests released at once must share one commit, and each still get its own records.
const keys = await generateKeyPair('ES256');
const twentyAnswers = () => Array.from({ length: 20 }, () => Array.from({ length: 20 }, () => draft()));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('group commit in the stores', () => {
  it('the file store writes and fsyncs twenty concurrent answers in one locked append', async () => {
    const fixture = fileFixture();
    const store = await fixture.open();
    cleanups.push(async () => {
      await store.close();
      await fixture.cleanup();
    });
    await store.append([draft()]);
    const commits = vi.spyOn(SegmentAppender.prototype, 'append');
    const answers = twentyAnswers();
    const results = await Promise.all(answers.map((drafts) => store.append(drafts)));
    expect(commits).toHaveBeenCalledTimes(1);
    commits.mockRestore();
    results.forEach((records, i) => expect(records.map((record) => record.recordId)).toEqual(answers[i]!.map((d) => d.recordId)));
    expect(new Set(results.flat().map((record) => record.seq)).size).toBe(400);
    expect(await auditChain(store, keys.publicKey)).toMatchObject({ ok: true, records: 401 });
  });

  it.skipIf(!redisServerInstalled())('the Redis store sends twenty concurrent answers in one script call', async () => {
    const redis = await startRedisServer();
    const store = await RedisLogStore.connect({ url: redis.url });
    const admin = connectRedis(redis.url);
    cleanups.push(async () => {
      await store.close();
      admin.disconnect();
      await redis.stop();
    });
    await store.append([draft()]);
    const scriptCalls = async () => {
      const stats = await admin.info('commandstats');
      return [...stats.matchAll(/cmdstat_eval(?:sha)?:calls=(\d+)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
    };
    const before = await scriptCalls();
    const answers = twentyAnswers();
    const results = await Promise.all(answers.map((drafts) => store.append(drafts)));
    expect((await scriptCalls()) - before).toBe(1);
    results.forEach((records, i) => expect(records.map((record) => record.recordId)).toEqual(answers[i]!.map((d) => d.recordId)));
    expect(await auditChain(store, keys.publicKey)).toMatchObject({ ok: true, records: 401 });
  });
});
