import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { open, type RootDatabase } from 'lmdb';
import type { ChainHead, ProcessingRecord } from './processingRecord.ts';

/** Where a record's line is: segment ordinal, byte offset, byte length. */
export type Place = [ordinal: number, offset: number, length: number];

/**
 * How far the index reaches: every complete line before byte `offset` of segment `ordinal` (and
 * in every earlier segment) is indexed, `head` is the last of them and `day` its UTC date.
 * Appends and repairs move it under the log's lock; it is also the file store's stored head.
 */
export interface Watermark {
  ordinal: number;
  offset: number;
  head: ChainHead;
  day: string;
}

const WATERMARK = ['w'];
const END = '\uffff';

/**
 * The file store's index, by child (pseudonym) and by accessing organisation, in LMDB
 * (`<log>.index`): keys `['c', childId, seq]` and `['o', organisationId, seq]`, value the
 * record's place. LMDB lets every process of the machine read it while one writes, and a lookup
 * costs what that child's entries cost, whatever the log's size. It holds no more than the log
 * does (pseudonyms, organisation ids, positions) and it is never evidence: a record found through
 * it is read from its segment and checked, and the whole index can be rebuilt from the segments.
 * Written without fsync (an index lost in a power cut is rebuilt from the watermark on).
 */
export class LogIndex {
  private opened: RootDatabase | null = null;

  constructor(private readonly path: string) {}

  /** Opened on first use, so a log whose directory cannot be made fails on its first append (closed), not on construction. */
  private get db(): RootDatabase {
    if (!this.opened) {
      mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
      this.opened = open({ path: this.path, noSync: true, compression: false });
    }
    return this.opened;
  }

  /** The watermark as the last writer in any process left it. */
  watermark(): Watermark | null {
    this.db.resetReadTxn(); // see what other processes committed since this process last read
    return (this.db.get(WATERMARK) as Watermark | undefined) ?? null;
  }

  /** Indexes records at their places and, when given, moves the watermark, in one transaction. */
  add(entries: readonly { record: ProcessingRecord; place: Place }[], watermark?: Watermark): void {
    this.db.transactionSync(() => {
      for (const { record, place } of entries) {
        if (record.childId !== null) this.db.putSync(['c', record.childId, record.seq], place);
        this.db.putSync(['o', record.organisation, record.seq], place);
      }
      if (watermark) this.db.putSync(WATERMARK, watermark);
    });
  }

  /** Removes the entries of records that are gone (pruned), and optionally moves the watermark. */
  remove(records: readonly ProcessingRecord[], watermark?: Watermark): void {
    this.db.transactionSync(() => {
      for (const record of records) {
        if (record.childId !== null) this.db.removeSync(['c', record.childId, record.seq]);
        this.db.removeSync(['o', record.organisation, record.seq]);
      }
      if (watermark) this.db.putSync(WATERMARK, watermark);
    });
  }

  /** The places of one child's or one organisation's records, in chain order (seq). */
  places(kind: 'child' | 'organisation', id: string): { seq: number; place: Place }[] {
    this.db.resetReadTxn();
    const tag = kind === 'child' ? 'c' : 'o';
    return [...this.db.getRange({ start: [tag, id], end: [tag, id, END] })].map(({ key, value }) => ({ seq: (key as [string, string, number])[2], place: value as Place }));
  }

  /** The place one record is indexed at, or null. */
  placeOf(kind: 'child' | 'organisation', id: string, seq: number): Place | null {
    return (this.db.get([kind === 'child' ? 'c' : 'o', id, seq]) as Place | undefined) ?? null;
  }

  /** How many entries the index holds of one kind. */
  count(kind: 'child' | 'organisation'): number {
    const tag = kind === 'child' ? 'c' : 'o';
    return this.db.getKeysCount({ start: [tag], end: [tag, END] });
  }

  /** Marks a segment whose places are about to change (prune), so a crash mid-way is repaired. */
  markDirty(ordinal: number, dirty: boolean): void {
    if (dirty) this.db.putSync(['d', ordinal], true);
    else this.db.removeSync(['d', ordinal]);
  }

  dirtySegments(): number[] {
    this.db.resetReadTxn();
    return [...this.db.getKeys({ start: ['d'], end: ['d', END] })].map((key) => (key as [string, number])[1]);
  }

  /** Forgets everything, for a rebuild from the segments. */
  clear(): void {
    this.db.clearSync();
  }

  async close(): Promise<void> {
    await this.opened?.close();
    this.opened = null;
  }
}
