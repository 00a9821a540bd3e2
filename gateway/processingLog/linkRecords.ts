import { canonicalJson, sha256Hex } from './canonicalJson.ts';
import type { ChainHead, ProcessingRecord, RecordDraft } from './processingRecord.ts';

/**
 * A draft with its canonical JSON made once, when it is queued: its members `"key":value` in key
 * order, as `canonicalJson` writes them, cut into the runs that fall between the chain's own keys
 * (`hash` < `prevHash` < `seq` < `v`). Linking it onto the chain later writes those members in
 * their places, hashes, and adds `hash`: the record's JSON is never built twice, and the part that
 * waits for the chain's head (the group's critical section) is a concatenation and one SHA-256.
 */
export interface PreparedDraft {
  draft: RecordDraft;
  /** Members before `hash`, between `hash` and `prevHash`, … after `v`: five runs, each '' or `,`-joined. */
  runs: readonly [string, string, string, string, string];
}

const CHAIN_KEYS = ['hash', 'prevHash', 'seq', 'v'] as const;

export function prepare(draft: RecordDraft): PreparedDraft {
  const runs: [string[], string[], string[], string[], string[]] = [[], [], [], [], []];
  const keys = Object.keys(draft).sort();
  for (const key of keys) {
    const value = draft[key as keyof RecordDraft];
    // The chain sets its own members; a draft that carries them (a record passed as a draft) loses them.
    if (value === undefined || (CHAIN_KEYS as readonly string[]).includes(key)) continue;
    const run = CHAIN_KEYS.filter((chainKey) => chainKey < key).length;
    runs[run]!.push(`${JSON.stringify(key)}:${canonicalJson(value)}`);
  }
  return { draft, runs: runs.map((members) => members.join(',')) as unknown as PreparedDraft['runs'] };
}

/** A record linked onto the chain, with the exact line it is stored as. */
export interface LinkedRecord {
  record: ProcessingRecord;
  line: string;
}

/** `{a,b,…}` of the non-empty parts. */
const object = (parts: readonly string[]) => `{${parts.filter((part) => part !== '').join(',')}}`;

/** Links prepared drafts onto the chain after `head`, in order; the hashes equal `hashOf`'s. */
export function link(prepared: readonly PreparedDraft[], head: ChainHead): LinkedRecord[] {
  const linked: LinkedRecord[] = [];
  let previous = head;
  for (const { draft, runs } of prepared) {
    const seq = previous.seq + 1;
    const [beforeHash, beforePrev, beforeSeq, beforeV, afterV] = runs;
    const tail = [`"prevHash":"${previous.hash}"`, beforeSeq, `"seq":${seq}`, beforeV, '"v":1', afterV];
    const hash = sha256Hex(object([beforeHash, beforePrev, ...tail]));
    // Spread first: the chain's members override any a draft carried.
    const record: ProcessingRecord = { ...draft, v: 1, seq, prevHash: previous.hash, hash };
    linked.push({ record, line: object([beforeHash, `"hash":"${hash}"`, beforePrev, ...tail]) });
    previous = { seq, hash };
  }
  return linked;
}

/** The head after the linked records, or `fallback` when there are none. */
export const headAfter = (linked: readonly LinkedRecord[], fallback: ChainHead): ChainHead => {
  const last = linked.at(-1)?.record;
  return last ? { seq: last.seq, hash: last.hash } : fallback;
};
