import type { LogIndex, Place } from './logIndex.ts';
import { parseRecord, type IndexReport } from './processingLogStore.ts';
import { listSegments, segmentLabel } from './segmentFiles.ts';
import type { SegmentIo } from './segmentLines.ts';

const samePlace = (a: Place | null, b: Place) => !!a && a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

/**
 * Checks the file store's index against its segments: each record is indexed under its child and
 * its organisation at the place it is, and the index has no other entries (one LMDB read per
 * record, so it runs in constant memory however long the log). The index must be current.
 */
export async function auditFileIndex(base: string, index: LogIndex, io: SegmentIo): Promise<IndexReport> {
  let children = 0;
  let records = 0;
  for (const segment of await listSegments(base)) {
    let number = 0;
    for await (const line of io.lines(segment.path)) {
      number++;
      const record = parseRecord(line.text);
      if (!record || !Number.isInteger(record.seq)) continue; // the chain's verifier reports it
      const place: Place = [segment.ordinal, line.offset, line.length];
      const where = `${segmentLabel(segment.ordinal)} line ${number} (seq ${record.seq})`;
      if (record.childId !== null) {
        children++;
        if (!samePlace(index.placeOf('child', record.childId, record.seq), place)) return { ok: false, problem: `the record at ${where} is not in the index under its child` };
      }
      records++;
      if (!samePlace(index.placeOf('organisation', record.organisation, record.seq), place)) return { ok: false, problem: `the record at ${where} is not in the index under its organisation` };
    }
  }
  const [byChild, byOrganisation] = [index.count('child'), index.count('organisation')];
  if (byChild !== children || byOrganisation !== records) {
    return { ok: false, problem: `the index has ${byChild} child and ${byOrganisation} organisation entries for ${children} and ${records} records: it names records that are not there` };
  }
  return { ok: true, entries: byChild + byOrganisation };
}
