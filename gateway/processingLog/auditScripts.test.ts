import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ProcessingRegister } from '../../schema/processingRegister.ts';
import { checkpointSigningKey, checkpointVerifyKey } from './checkpointKeys.ts';
import { startRetentionJob } from './retentionJob.ts';
import { draft, fileFixture, storeKinds, type StoreFixture } from './test/storeFixtures.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'kg-audit-scripts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const keyEnv = { KETENGRAAF_LOG_SIGNING_KEY_FILE: join(dir, 'signing-key.json') };

/** Runs a script as `npm run` would (tsx), and returns its exit code and output. */
function run(script: string, env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, script), ...args], { cwd: ROOT, env: { ...process.env, ...keyEnv, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const fixtures = storeKinds(inject('redisUrl'), inject('redisClusterUrl'));

describe.each(fixtures)('npm run audit:verify on the %s store', (kind, makeFixture) => {
  it('exits 0 for an intact chain and 1 naming the first missing link; retention keeps it verifiable', async () => {
    const fixture = makeFixture();
    const store = await fixture.open();
    const scriptEnv = fixture.env;
    try {
      const old = new Date(Date.now() - 400 * 86_400_000).toISOString();
      for (let i = 0; i < 10; i++) await store.append([draft(i < 4 ? { recordedAt: old, activityId: 'kg-va-trend-monitoring', purpose: 'TREND_MONITORING' } : {})]);

      const intact = await run('scripts/auditVerify.ts', scriptEnv);
      expect(intact).toMatchObject({ code: 0, stdout: expect.stringMatching(/10 records verified, chain intact/) });
      expect(intact.stdout).toMatch(/Index by child and organisation: 20 entries, consistent with the records/);

      const pruned = await run('scripts/auditPrune.ts', scriptEnv);
      expect(pruned).toMatchObject({ code: 0, stdout: expect.stringMatching(/Pruned 4 record/) });
      expect(await run('scripts/auditVerify.ts', scriptEnv)).toMatchObject({ code: 0, stdout: expect.stringMatching(/6 records verified, chain intact.*1 pruned run/) });

      await fixture.remove(2);
      const broken = await run('scripts/auditVerify.ts', scriptEnv);
      expect(broken.code).toBe(1);
      // The file store rotates at each UTC day: the four old records were the first segment.
      expect(broken.stdout).toMatch(kind === 'file' ? /BROKEN at segment 00000002 line 3 \(seq 6\)/ : /BROKEN at stream id \S+ \(seq 6\)/);
      expect(broken.stdout).toMatch(/record seq 6 is missing/);
    } finally {
      await store.close();
      await fixture.cleanup();
    }
  });
});

describe.each(fixtures)('the index check of npm run audit:verify on the %s store', (kind, makeFixture) => {
  it('exits 1 when the index misses a record (a data-subject query would miss it), and audit:reindex rebuilds the file store’s', async () => {
    const fixture = makeFixture();
    const store = await fixture.open();
    try {
      for (let i = 0; i < 6; i++) await store.append([draft()]);
      await fixture.unindex(3);
      const broken = await run('scripts/auditVerify.ts', fixture.env);
      expect(broken).toMatchObject({ code: 1, stdout: expect.stringMatching(/6 records verified, chain intact/) });
      expect(broken.stdout).toMatch(/INDEX BROKEN: the record at .+ \(seq 3\) is not in the index under its child/);
      const rebuilt = await run('scripts/auditReindex.ts', fixture.env);
      if (kind !== 'file') return expect(rebuilt.code).toBe(1);
      expect(rebuilt).toMatchObject({ code: 0, stdout: expect.stringMatching(/rebuilt from its segments, up to seq 5/) });
      expect(await run('scripts/auditVerify.ts', fixture.env)).toMatchObject({ code: 0, stdout: expect.stringMatching(/12 entries, consistent/) });
    } finally {
      await store.close();
      await fixture.cleanup();
    }
  });
});

describe('the retention job', () => {
  it('prunes by the clock it is given', async () => {
    const fixture = fileFixture();
    const store = await fixture.open();
    try {
      await store.append([draft({ activityId: 'kg-va-trend-monitoring', recordedAt: '2025-01-01T00:00:00.000Z' }), draft()]);
      let now = new Date('2025-06-01T00:00:00Z');
      const job = startRetentionJob({ store, register: new ProcessingRegister(), signingKey: await checkpointSigningKey(keyEnv), verifyKey: await checkpointVerifyKey(keyEnv), clock: () => now });
      expect((await job.runOnce()).removed).toBe(0);
      now = new Date('2026-01-02T00:00:00Z');
      expect((await job.runOnce()).removed).toBe(1);
      job.stop();
    } finally {
      await store.close();
      await fixture.cleanup();
    }
  });
});
