/**
 * The casus subgraph's Redis key layout, all under one prefix (default `casus:`):
 *
 * | key | type | holds |
 * |---|---|---|
 * | `child:{pseudonym}` | string | the child's file as JSON: signals, cases, consents, handovers, birth date |
 * | `ref:{entityId}` | string | the pseudonym a signal, case, consent or handover belongs to |
 * | `org:{organisationId}:children` | set | pseudonyms whose file mentions the organisation |
 * | `matches` | set | pseudonyms with open signals from two or more organisations |
 * | `retention` | sorted set | pseudonym scored by its next retention step (ms since epoch) |
 * | `professionals` | hash | professional id (token `sub`) to JSON {id, name, organisationId} |
 *
 * Only the `child:` keys are the record; the rest are indexes rewritten with it in one script.
 */
export function redisKeys(prefix: string) {
  return {
    child: (childId: string) => `${prefix}child:${childId}`,
    /** SCAN pattern of every child file under this prefix only (glob characters in the prefix escaped). */
    childPattern: `${prefix.replace(/[*?[\]\\]/g, '\\$&')}child:*`,
    ref: (entityId: string) => `${prefix}ref:${entityId}`,
    organisation: (organisationId: string) => `${prefix}org:${organisationId}:children`,
    matches: `${prefix}matches`,
    retention: `${prefix}retention`,
    professionals: `${prefix}professionals`,
  };
}

export type RedisKeys = ReturnType<typeof redisKeys>;

/**
 * Compare-and-set of one child's file with its index writes, atomically (a Lua script runs alone).
 * KEYS[1] is the file; ARGV[1] the text the writer read ('' for none), ARGV[2] the new text
 * ('' deletes), ARGV[3] a JSON list of index writes `[command, keyIndex, ...args]` on KEYS[2..].
 * Returns 0, writing nothing, when the file changed since it was read: the writer retries.
 * Every key is declared in KEYS, so the script also runs where Redis checks key access.
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
