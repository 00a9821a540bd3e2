import { hashOf, type ProcessingRecord } from './processingRecord.ts';
import { parseRecord } from './processingLogStore.ts';

/** A stored record that does not hold up: altered content, or not the record the index points at. */
export class LogIntegrityError extends Error {
  constructor(message: string) {
    super(`${message}: the processing log does not verify here; run npm run audit:verify`);
    this.name = 'LogIntegrityError';
  }
}

/** What an index says about the record it points at, to be checked against the record itself. */
export interface IndexClaim {
  seq: number;
  childId?: string;
  organisation?: string;
}

/**
 * Parses a record read through an index and checks it before anyone is shown it: it hashes to its
 * own hash, and it is the record the index claims (seq, child, organisation). An index is a
 * shortcut, never evidence; returns null when the index was wrong about the place (the caller then
 * reads the segment itself), throws when the record itself was altered.
 */
export function checkedRecord(raw: string, claim: IndexClaim, position: string): ProcessingRecord | null {
  const record = parseRecord(raw);
  if (!record || record.seq !== claim.seq) return null;
  if (typeof record.hash !== 'string' || hashOf(record) !== record.hash) {
    throw new LogIntegrityError(`record seq ${record.seq} (${position}) does not match its hash`);
  }
  if (claim.childId !== undefined && record.childId !== claim.childId) return null;
  if (claim.organisation !== undefined && record.organisation !== claim.organisation) return null;
  return record;
}
