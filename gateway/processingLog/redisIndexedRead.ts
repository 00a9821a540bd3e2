import type { RedisClient } from '../../schema/redisConnection.ts';
import { checkedRecord, LogIntegrityError } from './checkedRecord.ts';
import type { ProcessingRecord } from './processingRecord.ts';
import { fieldValue } from './redisLogScripts.ts';

/**
 * The records a sorted-set index names (member: stream id, score: seq), each read from the stream
 * and checked (hash, seq, child or organisation): one ZRANGE and one XRANGE per record, whatever
 * the stream's length. The index is written in the same script as the stream, so an entry that
 * does not hold up means someone changed Redis by hand: that is reported, never skipped.
 */
export async function recordsByIndex(redis: RedisClient, stream: string, index: string, claim: { childId?: string; organisation?: string }): Promise<ProcessingRecord[]> {
  const flat = await redis.zrange(index, '0', '-1', 'WITHSCORES');
  if (flat.length === 0) return [];
  const pipeline = redis.pipeline();
  for (let i = 0; i < flat.length; i += 2) pipeline.xrange(stream, flat[i]!, flat[i]!);
  const replies = (await pipeline.exec()) ?? [];
  return replies.map(([error, page], i) => {
    if (error) throw error;
    const [id, seq] = [flat[2 * i]!, Number(flat[2 * i + 1])];
    const entry = (page as [string, string[]][])[0];
    if (!entry) throw new LogIntegrityError(`the index lists stream id ${id} (seq ${seq}), which the stream no longer holds`);
    const record = checkedRecord(fieldValue(entry[1], 'r'), { seq, ...claim }, `stream id ${id}`);
    if (!record) throw new LogIntegrityError(`the index entry for stream id ${id} names another record than the stream holds`);
    return record;
  });
}
