import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, truncateSync, unlinkSync } from 'node:fs';
import { generateKeyPair } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { auditChain } from './auditChain.ts';
import type { FileLogStoreOptions } from './fileLogStore.ts';
import { parseRecord, type ProcessingLogStore } from './processingLogStore.ts';
import { listSegments, segmentPath } from './segmentFiles.ts';
import { draft, fileFixture, type StoreFixture } from './test/storeFixtures.ts';

// Issue 10: the file log grew without end (130 MiB per 10,000 requests). It is cut into segments
// now, and the chain must hold across them: a removed, reordered or cut-off segment is a broken log.
const keys = await generateKeyPair('ES256');
const day = (date: string) => draft({ recordedAt: `${date}T10:00:00.000Z` });
let fixture: StoreFixture;
let store: ProcessingLogStore;
const base = () => fixture.env.KETENGRAAF_LOG_FILE!;
async function openLog(options: FileLogStoreOptions = {}) {
  fixture = fileFixture(options);
  store = await fixture.open();
  return store;
}
const lastLine = (path: string) => readFileSync(path, 'utf8').trimEnd().split('\n').at(-1)!;
const firstLine = (path: string) => readFileSync(path, 'utf8').split('\n')[0]!;
/** Twelve records in six segments of two (each segment about 1 KB). */
async function sixSegments() {
  await openLog({ segmentBytes: 1500, daily: false });
  for (let i = 0; i < 6; i++) await store.append([draft(), draft()]);
  expect((await listSegments(base())).map((segment) => segment.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
}
afterEach(async () => {
  await store.close();
  await fixture.cleanup();
});

describe('the segmented file log', () => {
  it('rotates by size and links each segment’s first record to the previous segment’s last', async () => {
    await sixSegments();
    for (let ordinal = 2; ordinal <= 6; ordinal++) {
      const previous = parseRecord(lastLine(segmentPath(base(), ordinal - 1)))!;
      expect(parseRecord(firstLine(segmentPath(base(), ordinal)))).toMatchObject({ seq: previous.seq + 1, prevHash: previous.hash });
    }
    expect(await auditChain(store, keys.publicKey)).toMatchObject({ ok: true, records: 12 });
  });

  it('rotates at each UTC day, by the records’ time', async () => {
    await openLog();
    await store.append([day('2025-03-01'), day('2025-03-01')]);
    await store.append([day('2025-03-01')]);
    await store.append([day('2025-03-02')]);
    await store.append([day('2025-03-04')]);
    const segments = await listSegments(base());
    expect(segments.map(({ path }) => readFileSync(path, 'utf8').trimEnd().split('\n').length)).toEqual([3, 1, 1]);
    expect(await auditChain(store, keys.publicKey)).toMatchObject({ ok: true, records: 5 });
  });

  it('reports a removed segment, naming it', async () => {
    await sixSegments();
    unlinkSync(segmentPath(base(), 3));
    const report = await auditChain(store, keys.publicKey);
    expect(report).toMatchObject({ ok: false, seq: 4, records: 4 });
    expect(!report.ok && report.problem).toMatch(/record seq 4 is missing.*segment 00000004 line 1 \(after segment 00000002: segment 00000003 is missing\)/);
  });

  it('reports two segments swapped', async () => {
    await sixSegments();
    const [two, four] = [segmentPath(base(), 2), segmentPath(base(), 4)];
    renameSync(two, `${two}.aside`);
    renameSync(four, two);
    renameSync(`${two}.aside`, four);
    expect(await auditChain(store, keys.publicKey)).toMatchObject({ ok: false, seq: 2, problem: expect.stringMatching(/seq 2 is missing: expected seq 2 at segment 00000002 line 1, found seq 6/) });
  });

  it('reports a segment cut short in the middle of the log', async () => {
    await sixSegments();
    const three = segmentPath(base(), 3);
    truncateSync(three, readFileSync(three, 'utf8').indexOf('\n') + 1);
    expect(await auditChain(store, keys.publicKey)).toMatchObject({ ok: false, seq: 5, problem: expect.stringMatching(/record seq 5 is missing: expected seq 5 at segment 00000004 line 1/) });
  });

  it('reports the last segment cut short, by the head its index keeps', async () => {
    await sixSegments();
    const six = segmentPath(base(), 6);
    truncateSync(six, readFileSync(six, 'utf8').indexOf('\n') + 1);
    expect(await auditChain(store, keys.publicKey)).toMatchObject({ ok: false, position: null, problem: expect.stringMatching(/chain ends at seq 10, but the stored head is seq 11/) });
  });

  it('reads a log written as one file by an earlier version as its first segment, and goes on after it', async () => {
    await openLog();
    await store.append([draft(), draft()]);
    await store.close();
    // Make the one-file layout of before: the records in <file>, no segments, no index.
    copyFileSync(segmentPath(base(), 1), base());
    rmSync(`${base()}.segments`, { recursive: true });
    rmSync(`${base()}.index`, { force: true });
    rmSync(`${base()}.index-lock`, { force: true });
    store = await fixture.open();
    const [next] = await store.append([draft()]);
    expect(next).toMatchObject({ seq: 2, prevHash: parseRecord(lastLine(base()))!.hash });
    expect(readFileSync(base(), 'utf8').trimEnd().split('\n')).toHaveLength(2);
    expect(existsSync(segmentPath(base(), 1))).toBe(true);
    expect(await auditChain(store, keys.publicKey)).toMatchObject({ ok: true, records: 3 });
  });

  it('refuses a segment size that is not a positive number', async () => {
    const { openLogStore } = await import('./openLogStore.ts');
    await openLog();
    await expect(openLogStore({ KETENGRAAF_LOG_FILE: base(), KETENGRAAF_LOG_SEGMENT_BYTES: '64MB' })).rejects.toThrow(/KETENGRAAF_LOG_SEGMENT_BYTES/);
  });
});
