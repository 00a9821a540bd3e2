import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair } from 'jose';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { auditChain } from './auditChain.ts';
import { FileLogStore } from './fileLogStore.ts';
import { durabilityWarning } from './openLogStore.ts';
import { RedisLogStore } from './redisLogStore.ts';
import { segmentPath } from './segmentFiles.ts';
import { draft, redisFixture } from './test/storeFixtures.ts';

const keys = await generateKeyPair('ES256');
const redisUrl = inject('redisUrl');
const redisServers: [string, string | null][] = [
  ['one server', redisUrl],
  ['a cluster', inject('redisClusterUrl')],
];

describe.each(redisServers)('the Redis store on %s', (_name, url) => {
  it.skipIf(!url)('reports records deleted from the end of the stream, by the head it keeps beside it', async () => {
    const fixture = redisFixture(url!);
    const store = await fixture.open();
    try {
      for (let i = 0; i < 5; i++) await store.append([draft()]);
      await fixture.remove(4);
      expect(await auditChain(store, keys.publicKey)).toMatchObject({ ok: false, position: null, problem: expect.stringMatching(/chain ends at seq 3, but the stored head is seq 4/) });
    } finally {
      await store.close();
      await fixture.cleanup();
    }
  });
});

describe.skipIf(!inject('redisClusterUrl'))('the Redis store on a cluster', () => {
  it('refuses a key prefix without a hash tag, whose keys would spread over slots the append script cannot span', async () => {
    await expect(RedisLogStore.connect({ url: inject('redisClusterUrl')!, prefix: 'ketengraaf:log:' })).rejects.toThrow(/has no hash tag/);
  });
});

describe('the file store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-file-edges-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('cuts off a line a crash left half-written (never acknowledged) before it appends', async () => {
    const path = join(dir, 'torn.jsonl');
    const store = new FileLogStore(path);
    await store.append([draft(), draft()]);
    appendFileSync(segmentPath(path, 1), '{"v":1,"seq":2,"recordId":"half-wri');
    expect(await auditChain(store, keys.publicKey)).toMatchObject({ ok: false, position: 'segment 00000001 line 3' });
    const [next] = await store.append([draft()]);
    expect(next?.seq).toBe(2);
    expect(readFileSync(segmentPath(path, 1), 'utf8')).not.toContain('half-wri');
    expect(await auditChain(store, keys.publicKey)).toMatchObject({ ok: true, records: 3 });
  });

  it('creates its directory on the first append (a fresh checkout has no .ketengraaf/)', async () => {
    // Regression: the lock file was made before the directory, so the first append failed closed.
    const store = new FileLogStore(join(dir, 'not', 'yet', 'there.jsonl'));
    expect((await store.append([draft()]))[0]?.seq).toBe(0);
  });

  it('refuses to append after a last line that is not a record, rather than guess where the chain is', async () => {
    const path = join(dir, 'garbage.jsonl');
    const store = new FileLogStore(path);
    await store.append([draft()]);
    appendFileSync(segmentPath(path, 1), 'not json\n');
    await expect(store.append([draft()])).rejects.toThrow(/not a log record/);
  });
});

describe.skipIf(!redisUrl)('the durability warning', () => {
  it('warns when Redis does not fsync every write, and not for the file store', async () => {
    const fixture = redisFixture(redisUrl!);
    const store = await fixture.open();
    try {
      // The test run's shared server runs without persistence.
      expect(await durabilityWarning(store)).toMatch(/appendonly no.*--appendonly yes --appendfsync always/);
      expect(await durabilityWarning(new FileLogStore(join(tmpdir(), 'unused.jsonl')))).toBeNull();
    } finally {
      await store.close();
      await fixture.cleanup();
    }
  });
});
