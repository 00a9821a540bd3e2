import { EMPTY_HEAD, type ChainHead } from './processingRecord.ts';

/**
 * The Redis keys of the processing log and the two scripts that change them. A script runs
 * atomically, so an append is all-or-nothing and two gateway processes can never link a record
 * to the same predecessor: the append is a compare-and-set on the chain's head.
 */
export interface LogKeys {
  /** The Redis Stream of records, field `r` = the record's canonical JSON. */
  stream: string;
  /** `"<seq> <hash>"` of the last record: the compare-and-set target, and a check on a deleted tail. */
  head: string;
  /** List of signed checkpoints (compact JWS), oldest first. */
  checkpoints: string;
  /** Sorted set of stream ids per child (score: seq), for data-subject access without a scan. */
  child(childId: string | null): string;
  /** Sorted set of stream ids per accessing organisation (score: seq). */
  organisation(organisationId: string): string;
}

/** The head key's value: `"<seq> <hash>"`, or '' for an empty chain (the script's compare-and-set compares these strings). */
export const formatHead = (head: ChainHead) => (head.seq < 0 ? '' : `${head.seq} ${head.hash}`);

export function parseHead(text: string | null | undefined): ChainHead {
  if (!text) return EMPTY_HEAD;
  const [seq, hash] = text.split(' ');
  return { seq: Number(seq), hash: hash ?? '' };
}

/** A field of a stream entry or a CONFIG reply, both flat [name, value, …] lists. */
export const fieldValue = (fields: string[], name: string) => fields[fields.indexOf(name) + 1] ?? '';

/** The braces are a Redis Cluster hash tag: every key of one log lives in one slot, as the scripts need. */
export const DEFAULT_LOG_PREFIX = 'ketengraaf:{log}:';

export function logKeys(prefix = DEFAULT_LOG_PREFIX): LogKeys {
  return {
    stream: `${prefix}stream`,
    head: `${prefix}head`,
    checkpoints: `${prefix}checkpoints`,
    child: (childId) => `${prefix}child:${childId ?? '-'}`,
    organisation: (organisationId) => `${prefix}org:${organisationId}`,
  };
}

/**
 * KEYS: stream, head, then per record its child index and organisation index.
 * ARGV: expected head ('' for an empty chain), new head, then per record its JSON and seq.
 * Returns {1, ids} when appended, {0, currentHead} when another process appended first.
 */
export const APPEND_SCRIPT = /* lua */ `
local current = redis.call('GET', KEYS[2]) or ''
if current ~= ARGV[1] then return {0, current} end
local ids = {}
for i = 1, (#ARGV - 2) / 2 do
  local id = redis.call('XADD', KEYS[1], '*', 'r', ARGV[1 + 2 * i])
  redis.call('ZADD', KEYS[1 + 2 * i], ARGV[2 + 2 * i], id)
  redis.call('ZADD', KEYS[2 + 2 * i], ARGV[2 + 2 * i], id)
  ids[i] = id
end
redis.call('SET', KEYS[2], ARGV[2])
return {1, ids}
`;

/**
 * KEYS: stream, checkpoints, then per removed record its child index and organisation index.
 * ARGV: expected number of checkpoints, the new checkpoint, then per removed record its stream id.
 * Returns 1 when committed, 0 when another prune committed first.
 */
export const PRUNE_SCRIPT = /* lua */ `
if redis.call('LLEN', KEYS[2]) ~= tonumber(ARGV[1]) then return 0 end
redis.call('RPUSH', KEYS[2], ARGV[2])
for i = 3, #ARGV do
  redis.call('XDEL', KEYS[1], ARGV[i])
  redis.call('ZREM', KEYS[2 * i - 3], ARGV[i])
  redis.call('ZREM', KEYS[2 * i - 2], ARGV[i])
end
return 1
`;
