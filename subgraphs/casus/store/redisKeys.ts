/**
 * The casus subgraph's Redis key layout, all under one prefix (default `casus:`). On one server:
 *
 * | key | type | holds |
 * |---|---|---|
 * | `child:{pseudonym}` | string | the child's file as JSON: signals, cases, consents, handovers, birth date |
 * | `ref:{entityId}` | string | the pseudonym a signal, case, consent or handover belongs to |
 * | `org:{organisationId}:children` | set | pseudonyms whose file mentions the organisation |
 * | `matches` | set | pseudonyms with open signals from two or more organisations |
 * | `retention` | sorted set | pseudonym scored by its next retention step (ms since epoch) |
 * | `professionals` | hash | professional id (token `sub`) to JSON {id, name, organisationId, writtenAt} |
 *
 * Only the `child:` keys are the record; the rest are indexes rewritten with it in one script.
 * On a Redis Cluster a script may only touch keys of one slot, so the keyspace is cut into
 * buckets (`CASUS_REDIS_BUCKETS`, default 16): a child's file and every index entry it writes
 * live under the bucket's hash tag, `casus:{b7}:child:…`, `casus:{b7}:org:…:children`, …, and a
 * query over an index asks every bucket. The bucket of a child is a hash of its pseudonym, so
 * the count is fixed once data is written (the store refuses another).
 */
export function redisKeys(prefix: string, buckets: number | null = null) {
  const tags = buckets === null ? [''] : Array.from({ length: buckets }, (_, bucket) => `{b${bucket}}:`);
  const indexes = (tag: string) => ({
    ref: (entityId: string) => `${prefix}${tag}ref:${entityId}`,
    organisation: (organisationId: string) => `${prefix}${tag}org:${organisationId}:children`,
    matches: `${prefix}${tag}matches`,
    retention: `${prefix}${tag}retention`,
    professionals: `${prefix}${tag}professionals`,
  });
  const bucketOf = (childId: string) => (buckets === null ? '' : tags[fnv1a(childId) % buckets]!);
  return {
    /** The bucket tag of a child ('' on one server): its file and its index entries share it. */
    bucketOf,
    /** Every bucket's tag, for queries over an index. */
    buckets: tags,
    child: (childId: string) => `${prefix}${bucketOf(childId)}child:${childId}`,
    /** The index keys of one bucket. */
    indexes,
    /** SCAN pattern of every child file under this prefix only (glob characters in the prefix escaped). */
    childPattern: `${prefix.replace(/[*?[\]\\]/g, '\\$&')}${buckets === null ? '' : '{b*}:'}child:*`,
    /** The bucket count this prefix's data was written with, checked at start-up. */
    layout: `${prefix}layout`,
  };
}

export type RedisKeys = ReturnType<typeof redisKeys>;

/** FNV-1a, 32 bits: a stable, well-spread hash of a pseudonym (the bucket must never change). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Compare-and-set of one child's file with its index writes, atomically (a Lua script runs alone).
 * KEYS[1] is the file; ARGV[1] the text the writer read ('' for none), ARGV[2] the new text
 * ('' deletes), ARGV[3] a JSON list of index writes `[command, keyIndex, ...args]` on KEYS[2..].
 * Returns 0, writing nothing, when the file changed since it was read: the writer retries.
 * Every key is declared in KEYS, so the script also runs where Redis checks key access, and on
 * a cluster they all carry the child's bucket tag: one slot.
 */
export const COMPARE_AND_SET_SCRIPT = /* lua */ `
local current = redis.call('GET', KEYS[1])
if current == false then current = '' end
if current ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[2]) end
for _, op in ipairs(cjson.decode(ARGV[3])) do
  redis.call(op[1], KEYS[op[2]], unpack(op, 3))
end
return 1
`;
