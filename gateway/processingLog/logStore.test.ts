import { generateKeyPair } from 'jose';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { ProcessingRegister } from '../../schema/processingRegister.ts';
import { auditChain } from './auditChain.ts';
import { GENESIS_HASH, hashOf } from './processingRecord.ts';
import type { ProcessingLogStore } from './processingLogStore.ts';
import { pruneExpired } from './retention.ts';
import { draft, fileFixture, storeKinds, type StoreFixture } from './test/storeFixtures.ts';

const fixtures = storeKinds(inject('redisUrl'), inject('redisClusterUrl'));
const keys = await generateKeyPair('ES256');
const register = new ProcessingRegister();

describe.each(fixtures)('the %s store keeps one hash chain', (_name, makeFixture) => {
  let fixture: StoreFixture;
  let stores: ProcessingLogStore[];
  const open = async () => {
    const store = await fixture.open();
    stores.push(store);
    return store;
  };
  const audit = async () => auditChain(await open(), keys.publicKey);
  const appendTen = async () => {
    const store = await open();
    for (let i = 0; i < 10; i++) await store.append([draft()]);
    return store;
  };

  beforeEach(() => {
    fixture = makeFixture();
    stores = [];
  });
  afterEach(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await fixture.cleanup();
  });

  it('links every record to the previous one from the genesis hash, and hashes its content', async () => {
    const store = await open();
    const [first, second] = await store.append([draft(), draft()]);
    expect(first).toMatchObject({ seq: 0, prevHash: GENESIS_HASH });
    expect(second).toMatchObject({ seq: 1, prevHash: first!.hash });
    expect(hashOf(second!)).toBe(second!.hash);
    expect(await audit()).toMatchObject({ ok: true, records: 2, head: { seq: 1, hash: second!.hash } });
  });

  it('keeps one chain when two store instances (two gateway processes) append at the same time', async () => {
    const [a, b] = [await open(), await open()];
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).append([draft(), draft()])));
    const report = await audit();
    expect(report).toMatchObject({ ok: true, records: 80 });
  });

  it('finds the records about one child and those of one organisation, in chain order', async () => {
    const store = await open();
    await store.append([draft({ childId: 'ch_one', organisation: 'school-kompas' }), draft({ childId: 'ch_two' })]);
    await store.append([draft({ childId: 'ch_one' })]);
    expect((await store.forChild('ch_one')).map((r) => r.seq)).toEqual([0, 2]);
    expect((await store.forOrganisation('school-kompas')).map((r) => r.seq)).toEqual([0]);
    expect(await store.forChild('ch_nobody')).toEqual([]);
  });

  it('reports an altered record at its position', async () => {
    await appendTen();
    await fixture.alter(4, (record) => {
      record.fieldsReleased = ['Child.supportNeeds'];
    });
    const report = await audit();
    expect(report).toMatchObject({ ok: false, seq: 4, records: 4 });
    expect(!report.ok && report.problem).toMatch(/seq 4 .*was altered/);
  });

  it('reports an altered record whose hash was recomputed at the next link', async () => {
    await appendTen();
    await fixture.alter(4, (record) => {
      record.professional = 'someone-else';
      record.hash = hashOf(record as never);
    });
    expect(await audit()).toMatchObject({ ok: false, seq: 5, problem: expect.stringMatching(/broken link at seq 5/) });
  });

  it('reports a deleted record as the missing link, with the position where it should be', async () => {
    await appendTen();
    await fixture.remove(6);
    const report = await audit();
    expect(report).toMatchObject({ ok: false, seq: 6, problem: expect.stringMatching(/record seq 6 is missing/) });
    expect(!report.ok && report.position).toMatch(fixture.name === 'file' ? /^segment 00000001 line 7$/ : /^stream id /);
  });

  it('reports two swapped records', async () => {
    await appendTen();
    await fixture.swap(2, 3);
    expect(await audit()).toMatchObject({ ok: false, seq: 2, problem: expect.stringMatching(/seq 2 is missing: expected seq 2 .* found seq 3/) });
  });

  it('prunes records past their retention period and leaves a chain that verifies by its signed checkpoint', async () => {
    const store = await open();
    const old = (days: number, activityId: string, purpose: 'TREND_MONITORING' | 'CASE_DISCUSSION') =>
      draft({ recordedAt: new Date(Date.UTC(2025, 0, 1) - days * 86_400_000).toISOString(), activityId, purpose });
    // Trend monitoring is kept a year, case discussion five: the old trend records go, the case records stay.
    await store.append([old(400, 'kg-va-trend-monitoring', 'TREND_MONITORING'), old(400, 'kg-va-case-discussion', 'CASE_DISCUSSION')]);
    await store.append([old(399, 'kg-va-trend-monitoring', 'TREND_MONITORING'), old(10, 'kg-va-trend-monitoring', 'TREND_MONITORING')]);
    await store.append([old(380, 'kg-va-trend-monitoring', 'TREND_MONITORING')]);
    const now = new Date(Date.UTC(2025, 0, 1));
    const first = await pruneExpired({ store, register, signingKey: keys.privateKey, verifyKey: keys.publicKey, now });
    expect(first.removed).toBe(2);
    expect(first.checkpoint?.removed).toEqual([
      { from: 0, to: 0, hash: expect.any(String) },
      { from: 2, to: 2, hash: expect.any(String) },
    ]);
    expect(await audit()).toMatchObject({ ok: true, records: 3, prunedRuns: 2 });
    // The newest record (380 days, expired) is kept: the next append links to it.
    await store.append([draft()]);
    const second = await pruneExpired({ store, register, signingKey: keys.privateKey, verifyKey: keys.publicKey, now });
    expect(second.removed).toBe(1);
    expect(second.checkpoint?.removed.map((run) => [run.from, run.to])).toEqual([[0, 0], [2, 2], [4, 4]]);
    expect(await audit()).toMatchObject({ ok: true, records: 3 });
    expect((await (await open()).forChild(draft().childId!)).every((r) => r.seq !== 0 && r.seq !== 2 && r.seq !== 4)).toBe(true);
  });

  it('refuses a checkpoint signed by another key, and refuses to prune a broken chain', async () => {
    const store = await appendTen();
    const forger = await generateKeyPair('ES256');
    const now = new Date('2040-01-01T00:00:00Z');
    await pruneExpired({ store, register, signingKey: forger.privateKey, verifyKey: forger.publicKey, now });
    expect(await audit()).toMatchObject({ ok: false, position: 'the latest checkpoint', problem: expect.stringMatching(/does not verify/) });

    const other = makeFixture();
    try {
      const broken = await other.open();
      stores.push(broken);
      for (let i = 0; i < 5; i++) await broken.append([draft()]);
      await other.remove(1);
      await expect(pruneExpired({ store: broken, register, signingKey: keys.privateKey, verifyKey: keys.publicKey, now })).rejects.toThrow(/does not verify, so nothing is pruned/);
    } finally {
      await other.cleanup();
    }
  });
});
