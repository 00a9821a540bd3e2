import { appendFileSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { generateKeyPair } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { ProcessingRegister } from '../../schema/processingRegister.ts';
import { LogIntegrityError } from './checkedRecord.ts';
import { FileLogStore } from './fileLogStore.ts';
import { link, prepare } from './linkRecords.ts';
import { LogIndex } from './logIndex.ts';
import { pruneExpired } from './retention.ts';
import { segmentPath } from './segmentFiles.ts';
import { diskSegments, type SegmentIo } from './segmentLines.ts';
import { draft, fileFixture, type StoreFixture } from './test/storeFixtures.ts';

// Issue 10: childProcessingLog read the whole log file (8.2 s at 370 MiB). A data-subject query
// must cost what that child's records cost, and the index that makes it so is never evidence.
const keys = await generateKeyPair('ES256');
const CHILD = 'ch_indexed000000000000000000000';

/** Counts what the store reads: which segments it opens for records, and which it reads line by line. */
function countingIo() {
  const reads: { path: string; records: number }[] = [];
  const scans: string[] = [];
  const io: SegmentIo = {
    lines: (path, start) => {
      scans.push(path);
      return diskSegments.lines(path, start);
    },
    readAt: (path, ranges) => {
      reads.push({ path, records: ranges.length });
      return diskSegments.readAt(path, ranges);
    },
  };
  return { io, reads, scans, reset: () => ((reads.length = 0), (scans.length = 0)) };
}

let fixture: StoreFixture;
let store: FileLogStore;
let counted: ReturnType<typeof countingIo>;
const base = () => fixture.env.KETENGRAAF_LOG_FILE!;
/** Eight segments of 50 records about other children; the child has two records in segment 3 and one in segment 6. */
async function bigLog() {
  counted = countingIo();
  fixture = fileFixture({ segmentBytes: 20_000, daily: false, io: counted.io });
  store = (await fixture.open()) as FileLogStore;
  for (let segment = 1; segment <= 8; segment++) {
    const mine = segment === 3 ? 2 : segment === 6 ? 1 : 0;
    const others = Array.from({ length: 30 - mine }, (_, i) => draft({ childId: `ch_other${String(segment * 100 + i).padStart(23, '0')}` }));
    await store.append([...others, ...Array.from({ length: mine }, () => draft({ childId: CHILD }))]);
  }
  counted.reset();
}
/** Rewrites one segment's lines behind the store's back, as someone with access to the disk could. */
function editSegment(ordinal: number, edit: (lines: string[]) => string[]) {
  const path = segmentPath(base(), ordinal);
  const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
  writeFileSync(path, edit(lines).map((line) => `${line}\n`).join(''));
}
afterEach(async () => {
  await store.close();
  await fixture.cleanup();
});

describe('the file log’s index by child and organisation', () => {
  it('answers a child’s query by reading only that child’s records, in only the segments that hold them', async () => {
    await bigLog();
    const records = await store.forChild(CHILD);
    expect(records.map((record) => record.childId)).toEqual([CHILD, CHILD, CHILD]);
    expect(records.map((record) => record.seq)).toEqual([...records.map((record) => record.seq)].sort((a, b) => a - b));
    expect(counted.reads).toEqual([
      { path: segmentPath(base(), 3), records: 2 },
      { path: segmentPath(base(), 6), records: 1 },
    ]);
    expect(counted.scans).toEqual([]);
  });

  it('is rebuilt from the segments when it is lost, and gives the same answer', async () => {
    await bigLog();
    const before = await store.forChild(CHILD);
    await store.close();
    rmSync(`${base()}.index`, { force: true });
    rmSync(`${base()}.index-lock`, { force: true });
    store = (await fixture.open()) as FileLogStore;
    expect(await store.forChild(CHILD)).toEqual(before);
    expect(await store.forOrganisation('school-esdoorn')).toHaveLength(240);
    await store.reindex();
    expect(await store.forChild(CHILD)).toEqual(before);
  });

  it('refuses to return a record whose content no longer matches its hash', async () => {
    await bigLog();
    // Same length, other content, so the index still points at it exactly.
    editSegment(6, (lines) => lines.map((line) => (line.includes(CHILD) ? line.replace('Child.schoolAbsences', 'Child.schoolAbsencez') : line)));
    await expect(store.forChild(CHILD)).rejects.toThrow(LogIntegrityError);
  });

  it('reads a segment whole where the index is wrong about it, and still answers from the segments', async () => {
    await bigLog();
    const before = await store.forChild(CHILD);
    // Remove another child's line at the start of segment 3 behind the index's back: every place in it moves.
    editSegment(3, (lines) => lines.slice(1));
    counted.reset();
    expect(await store.forChild(CHILD)).toEqual(before);
    expect(counted.scans).toEqual([segmentPath(base(), 3)]);
  });

  it('never returns another child’s record where the index points at one, nor misses one of the child’s own', async () => {
    await bigLog();
    const mine = await store.forChild(CHILD);
    const index = new LogIndex(`${base()}.index`);
    // A wrong entry of the child's that points at a whole, valid record of someone else with that seq (segment 5)…
    const [someone] = index.places('child', 'ch_other00000000000000000000500');
    index.add([{ record: { ...mine[0]!, seq: someone!.seq }, place: someone!.place }]);
    // …and the child's first record's entry pointing at the child's second record instead (segment 3).
    const second = index.places('child', CHILD)[1]!;
    index.add([{ record: mine[0]!, place: second.place }]);
    await index.close();
    expect(await store.forChild(CHILD)).toEqual(mine);
  });

  it('finds a record a process made durable but died before indexing, and the chain goes on after it', async () => {
    await bigLog();
    const head = await store.storedHead();
    const [orphan] = link([prepare(draft({ childId: CHILD }))], head!);
    appendFileSync(segmentPath(base(), 8), `${orphan!.line}\n`);
    expect((await store.forChild(CHILD)).at(-1)).toEqual(orphan!.record);
    const [next] = await store.append([draft()]);
    expect(next).toMatchObject({ seq: orphan!.record.seq + 1, prevHash: orphan!.record.hash });
  });

  it('is checked by audit against the records: a missing entry and an entry for a record that is not there are both reported', async () => {
    await bigLog();
    expect(await store.verifyIndex()).toEqual({ ok: true, entries: 480 });
    const extra = new LogIndex(`${base()}.index`);
    const [record] = await store.forChild(CHILD);
    extra.add([{ record: { ...record!, seq: 9999 }, place: [3, 0, 10] }]);
    await extra.close();
    expect(await store.verifyIndex()).toMatchObject({ ok: false, problem: expect.stringMatching(/241 child and 241 organisation entries for 240 and 240 records/) });
  });

  it('prunes by rewriting only the segments that hold expired records, and forgets them', async () => {
    await bigLog();
    const old = { recordedAt: '2020-01-01T00:00:00.000Z', activityId: 'kg-va-trend-monitoring', purpose: 'TREND_MONITORING' as const };
    // Into a segment of their own (9), after the eight the test keeps an eye on.
    await store.append([draft({ ...old, childId: CHILD }), ...Array.from({ length: 29 }, () => draft())]);
    const untouched = [1, 2, 3, 4, 5, 6, 7, 8].map((ordinal) => statSync(segmentPath(base(), ordinal)).mtimeMs);
    const result = await pruneExpired({ store, register: new ProcessingRegister(), signingKey: keys.privateKey, verifyKey: keys.publicKey, now: new Date('2025-06-01T00:00:00Z') });
    expect(result.removed).toBe(1);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((ordinal) => statSync(segmentPath(base(), ordinal)).mtimeMs)).toEqual(untouched);
    counted.reset();
    expect((await store.forChild(CHILD)).map((record) => record.recordedAt)).not.toContain(old.recordedAt);
    expect(counted.scans).toEqual([]);
  });
});
