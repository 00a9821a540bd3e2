import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Caller } from '../../schema/caller.ts';
import { verifyDisclosures } from './disclosureChain.ts';
import { readDisclosures, type DisclosureLog } from './disclosureLog.ts';
import { disclosureDrafts, HUB_ENTITY, type SubjectNote } from './disclosureRecord.ts';
import { FileDisclosureLog } from './fileDisclosureLog.ts';
import { RedisDisclosureLog } from './redisDisclosureLog.ts';

// An adapter's disclosure log must be verifiable by the hub's own chain tools, and an altered,
// removed or reordered record must be found, in a file and in Redis alike.
const caller: Caller = { professional: 'ib-1', organisation: 'school-esdoorn', role: 'SCHOOL_CARE_COORDINATOR', purpose: 'CASE_DISCUSSION', traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' };
const notes = (...children: string[]) =>
  new Map<string, SubjectNote>(children.map((child) => [child, { disclosed: new Set(['Child.schoolAbsences']), withheld: new Set(['Child.supportNeeds']), failed: false }]));
const drafts = (...children: string[]) => disclosureDrafts('school', caller, 'kg-va-case-discussion', notes(...children), 1000, 1010);
const redisUrl = inject('redisUrl');
const opened: DisclosureLog[] = [];
afterAll(async () => {
  await Promise.all(opened.map((log) => log.close()));
});

describe('a disclosure record', () => {
  it('has the Logboek Dataverwerkingen fields and links to the hub operation that asked', () => {
    const [record] = drafts('ch_one');
    expect(record).toMatchObject({
      trace_id: expect.stringMatching(/^[0-9a-f]{32}$/),
      operation_id: expect.stringMatching(/^[0-9a-f]{16}$/),
      status_code: 'STATUS_CODE_OK',
      foreign_operation: { trace_id: '4bf92f3577b34da6a3ce929d0e0e4736', operation_id: '00f067aa0ba902b7', entity: HUB_ENTITY },
      attributes: { 'dpl.core.processing_activity_id': 'kg-va-case-discussion', 'dpl.core.data_subject_id': 'ch_one', 'ketengraaf.fields_disclosed': ['Child.schoolAbsences'] },
    });
    // The adapter's own trace is its organisation's, not the hub's: the hub's is in foreign_operation.
    expect(record?.trace_id).not.toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it('is one per child, all under one operation of the adapter', () => {
    const records = drafts('ch_one', 'ch_two');
    expect(records.map((r) => r.attributes['dpl.core.data_subject_id'])).toEqual(['ch_one', 'ch_two']);
    expect(new Set(records.map((r) => r.operation_id)).size).toBe(1);
  });
});

describe('the file disclosure log', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'disclosures-')), 'school-disclosures.jsonl');

  it('chains appends across log instances (a restarted adapter goes on with the chain)', async () => {
    await new FileDisclosureLog(path).append(drafts('ch_one', 'ch_two'));
    const again = new FileDisclosureLog(path);
    await again.append(drafts('ch_three'));
    expect((await readDisclosures(again)).map((r) => r.seq)).toEqual([0, 1, 2]);
    expect(await verifyDisclosures(again.scan())).toMatchObject({ ok: true, records: 3 });
  });

  // Regression: the head was found by reading the whole file, and at 1.5 GB an adapter's first
  // answer after a restart took 15 s. Now it is read from the end, in steps that may cut a line
  // or a character in two.
  it('goes on from the last record however long it is, read from the end of the file', async () => {
    const longPath = join(mkdtempSync(join(tmpdir(), 'disclosures-')), 'school-disclosures.jsonl');
    const children = Array.from({ length: 3000 }, (_, n) => `ch_é${n}`);
    await new FileDisclosureLog(longPath).append(drafts('ch_first'));
    await new FileDisclosureLog(longPath).append(drafts(...children));
    const lastLine = readFileSync(longPath, 'utf8').trimEnd().split('\n').at(-1)!;
    expect(lastLine.length).toBeLessThan(64 * 1024);
    // A last record longer than one step, with multi-byte characters across the steps' edges.
    const long = drafts('ch_long');
    long[0]!.attributes['ketengraaf.fields_disclosed'] = Array.from({ length: 9000 }, (_, n) => `Child.é${n}`);
    await new FileDisclosureLog(longPath).append(long);
    const again = new FileDisclosureLog(longPath);
    await again.append(drafts('ch_after'));
    expect(readFileSync(longPath, 'utf8').trimEnd().split('\n').at(-2)!.length).toBeGreaterThan(64 * 1024);
    expect(await verifyDisclosures(again.scan())).toMatchObject({ ok: true, records: 3003 });
    writeFileSync(longPath, `${readFileSync(longPath, 'utf8')}{"half":`);
    await expect(new FileDisclosureLog(longPath).append(drafts('ch_more'))).rejects.toThrow(/last line is not a disclosure record/);
  });

  it('names the first altered, then the first missing record', async () => {
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    writeFileSync(path, `${[lines[0], lines[1]?.replace('Child.schoolAbsences', 'Child.nothing'), lines[2]].join('\n')}\n`);
    expect(await verifyDisclosures(new FileDisclosureLog(path).scan())).toMatchObject({ ok: false, position: 'line 2', problem: expect.stringMatching(/altered/) });
    writeFileSync(path, `${[lines[0], lines[2]].join('\n')}\n`);
    expect(await verifyDisclosures(new FileDisclosureLog(path).scan())).toMatchObject({ ok: false, position: 'line 2', problem: expect.stringMatching(/missing/) });
  });
});

describe.runIf(redisUrl)('the Redis disclosure log', () => {
  const prefix = `ketengraaf:{test-disclosures-${process.pid}}`;

  it('keeps one chain when two adapter processes append at once', async () => {
    const [a, b] = await Promise.all([RedisDisclosureLog.connect(redisUrl ?? '', prefix), RedisDisclosureLog.connect(redisUrl ?? '', prefix)]);
    opened.push(a, b);
    await Promise.all([a.append(drafts('ch_one')), b.append(drafts('ch_two')), a.append(drafts('ch_three')), b.append(drafts('ch_four'))]);
    expect((await readDisclosures(a)).map((r) => r.seq)).toEqual([0, 1, 2, 3]);
    expect(await verifyDisclosures(a.scan(), await a.storedHead())).toMatchObject({ ok: true, records: 4 });
  });

  it('finds a record deleted from the end by the head kept beside the stream', async () => {
    const redis = new Redis(redisUrl ?? '');
    const [last] = await redis.xrevrange(`${prefix}:stream`, '+', '-', 'COUNT', 1);
    await redis.xdel(`${prefix}:stream`, last?.[0] ?? '');
    await redis.quit();
    const log = await RedisDisclosureLog.connect(redisUrl ?? '', prefix);
    opened.push(log);
    expect(await verifyDisclosures(log.scan(), await log.storedHead())).toMatchObject({ ok: false, problem: expect.stringMatching(/missing at the end/) });
  });
});
