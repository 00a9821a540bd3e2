import type { Purpose, Role } from '../../schema/vocabulary.ts';
import { canonicalJson, sha256Hex } from './canonicalJson.ts';

export const OUTCOMES = ['RELEASED', 'PARTIALLY_WITHHELD', 'WITHHELD'] as const;
/** RELEASED: every asked protected field; PARTIALLY_WITHHELD: some withheld; WITHHELD: none released. */
export type Outcome = (typeof OUTCOMES)[number];

/** What the gateway knows of one release to one child, before it takes its place in the chain. */
export interface RecordDraft {
  /** Unique per record, so a record can be cited (e.g. in a complaint) without its position. */
  recordId: string;
  /** When the response was completed, ISO 8601 UTC. */
  recordedAt: string;
  /** W3C trace context ids of the request (Logboek Dataverwerkingen links records by trace). */
  traceId: string;
  spanId: string;
  professional: string;
  organisation: string;
  role: Role;
  purpose: Purpose;
  /** The processing activity in the register (`schema/processingRegister.ts`). */
  activityId: string;
  /** The hub pseudonym; null for a release not about one child (e.g. an organisation's own log). */
  childId: string | null;
  /** Schema coordinates (`Type.field`) of protected fields released with a value. Never the value. */
  fieldsReleased: string[];
  /** Schema coordinates withheld from the caller (null with FORBIDDEN_FIELD). */
  fieldsWithheld: string[];
  outcome: Outcome;
}

/** A record in the hash chain. */
export interface ProcessingRecord extends RecordDraft {
  /** Format version, so a verifier can tell how the hash was made. */
  v: 1;
  /** Position in the chain, from 0, without gaps. */
  seq: number;
  /** `hash` of the record at `seq - 1`, or GENESIS_HASH for the first. */
  prevHash: string;
  /** SHA-256 over the canonical JSON of every other field of this record. */
  hash: string;
}

/** The end of the chain that the next record links to. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);
/** The head of an empty chain: the first record gets seq 0 and links to GENESIS_HASH. */
export const EMPTY_HEAD: ChainHead = { seq: -1, hash: GENESIS_HASH };

export function hashOf(record: Omit<ProcessingRecord, 'hash'> & { hash?: string }): string {
  const { hash: _ignored, ...hashed } = record;
  return sha256Hex(canonicalJson(hashed));
}

/** The one line a record is stored as (JSONL line, stream entry): canonical, so stable to re-hash. */
export const serialise = (record: ProcessingRecord): string => canonicalJson(record);
