import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessingRegister } from '../../schema/processingRegister.ts';
import { redisServerInstalled, startRedisServer, type RunningRedis } from '../../test/harness/redisServer.ts';
import { FileLogStore } from './fileLogStore.ts';
import { createProcessingLogObserver } from './processingLogObserver.ts';
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

describe.skipIf(!redisServerInstalled())('the observer with the Redis store', () => {
  let redis: RunningRedis;
  let store: RedisLogStore;
  beforeAll(async () => {
    redis = await startRedisServer();
    store = await RedisLogStore.connect({ url: redis.url });
  });
  afterAll(async () => {
    await store?.close();
    await redis?.stop();
  });

  it('writes the records before it returns, and throws at once when Redis is gone', async () => {
    const observer = createProcessingLogObserver(store, register);
    await observer.beforeRelease!(releasing());
    expect((await store.forChild(CHILD)).map((record) => record.fieldsReleased)).toEqual([['Child.schoolAbsences']]);

    await redis.stop();
    const started = Date.now();
    await expect(observer.beforeRelease!(releasing())).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
    // A response without personal data needs no record, so it is not held up by the log.
    await expect(observer.beforeRelease!(nothingPersonal())).resolves.toBeUndefined();
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
