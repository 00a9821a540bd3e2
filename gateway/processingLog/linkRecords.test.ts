import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson.ts';
import { link, prepare } from './linkRecords.ts';
import { EMPTY_HEAD, GENESIS_HASH, hashOf, serialise, type RecordDraft } from './processingRecord.ts';
import { draft } from './test/storeFixtures.ts';

// The stored line and the hash are made from one canonicalisation per record; a verifier makes
// them again from the stored record with canonicalJson. If the two ever differ, audit:verify
// reports every record as altered.
describe('linking prepared drafts onto the chain', () => {
  it('gives each record the hash and the stored line that canonicalJson gives it', () => {
    const drafts = [draft(), draft({ childId: null, fieldsWithheld: ['Child.a', 'Child.b'] }), draft({ professional: 'quote " and \\ and é' })];
    const linked = link(drafts.map(prepare), EMPTY_HEAD);
    expect(linked.map(({ record }) => record.seq)).toEqual([0, 1, 2]);
    expect(linked[0]!.record.prevHash).toBe(GENESIS_HASH);
    for (const [i, { record, line }] of linked.entries()) {
      expect(record.hash).toBe(hashOf(record));
      expect(line).toBe(serialise(record));
      expect(JSON.parse(line)).toEqual(record);
      if (i > 0) expect(record.prevHash).toBe(linked[i - 1]!.record.hash);
    }
  });

  it('drops undefined members and any chain member a draft carries, as canonicalJson would', () => {
    const carrying = { ...draft(), seq: 99, hash: 'forged', v: 7, extra: undefined } as unknown as RecordDraft;
    const [linked] = link([prepare(carrying)], { seq: 4, hash: 'a'.repeat(64) });
    expect(linked!.record).toMatchObject({ seq: 5, v: 1, prevHash: 'a'.repeat(64) });
    expect(linked!.record.hash).toBe(hashOf(linked!.record));
    expect(linked!.line).toBe(canonicalJson(linked!.record));
  });
});
