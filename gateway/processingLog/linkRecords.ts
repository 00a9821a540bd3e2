import { canonicalJson, sha256Hex } from './canonicalJson.ts';
import type { ChainHead, ProcessingRecord, RecordDraft } from './processingRecord.ts';

/**
 * A draft with its canonical JSON made once, when it is queued: the members `"key":value`
 * sorted by key, as `canonicalJson` would write them. Linking it onto the chain later only merges
 * in `prevHash`, `seq` and `v`, hashes, and puts `hash` in its place: the record's JSON is never
 * built twice, and the part that waits for the chain's head (the group's critical section) is a
 * string concatenation and one SHA-256.
 */
export interface PreparedDraft {
  draft: RecordDraft;
  members: readonly (readonly [key: string, member: string])[];
}

/** Members the chain sets itself; a draft that carries them (a record passed as a draft) loses them. */
const CHAIN_KEYS = new Set(['v', 'seq', 'prevHash', 'hash']);

export function prepare(draft: RecordDraft): PreparedDraft {
  const members = Object.entries(draft)
    .filter(([key, value]) => value !== undefined && !CHAIN_KEYS.has(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => [key, `${JSON.stringify(key)}:${canonicalJson(value)}`] as const);
  return { draft, members };
}

/** A record linked onto the chain, with the exact line it is stored as. */
export interface LinkedRecord {
  record: ProcessingRecord;
  line: string;
}

/** Writes the members in key order with the chain's own members merged in at their places. */
function join(members: PreparedDraft['members'], extra: readonly (readonly [string, string])[]): string {
  const parts: string[] = [];
  let next = 0;
  for (const [key, member] of members) {
    while (next < extra.length && extra[next]![0] < key) parts.push(extra[next++]![1]);
    parts.push(member);
  }
  while (next < extra.length) parts.push(extra[next++]![1]);
  return `{${parts.join(',')}}`;
}

/** Links prepared drafts onto the chain after `head`, in order; the hashes equal `hashOf`'s. */
export function link(prepared: readonly PreparedDraft[], head: ChainHead): LinkedRecord[] {
  const linked: LinkedRecord[] = [];
  let previous = head;
  for (const { draft, members } of prepared) {
    const seq = previous.seq + 1;
    // Sorted: prevHash < seq < v; hash sorts between them and the draft's own keys.
    const chainMembers = [['prevHash', `"prevHash":${JSON.stringify(previous.hash)}`], ['seq', `"seq":${seq}`], ['v', '"v":1']] as const;
    const hash = sha256Hex(join(members, chainMembers));
    const withHash = [...chainMembers, ['hash', `"hash":"${hash}"`] as const].sort(([a], [b]) => (a < b ? -1 : 1));
    // Spread first: the chain's members override any a draft carried.
    const record: ProcessingRecord = { ...draft, v: 1, seq, prevHash: previous.hash, hash };
    linked.push({ record, line: join(members, withHash) });
    previous = { seq, hash };
  }
  return linked;
}

/** The head after the linked records, or `fallback` when there are none. */
export const headAfter = (linked: readonly LinkedRecord[], fallback: ChainHead): ChainHead => {
  const last = linked.at(-1)?.record;
  return last ? { seq: last.seq, hash: last.hash } : fallback;
};
