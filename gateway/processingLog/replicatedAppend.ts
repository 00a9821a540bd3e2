import type { RedisClient } from '../../schema/redisConnection.ts';

/** The append script as defined on the connection (`defineCommand`, sent as EVALSHA). */
export type AppendCommand = { kgLogAppend(...args: (string | number)[]): Promise<[number, unknown]> };

/**
 * The append script, followed on the same connection (so on the master of the log's slot, in a
 * cluster too: a pipeline goes to the node of its keys) by `WAIT`, when replicas must have the
 * append before the release may leave. Fewer replicas in time and it throws: no release. The
 * record stays in the master's chain, which is safe (a record without its release, never the
 * other way round).
 */
export async function appendReplicated(redis: RedisClient, replicas: { count: number; timeoutMs: number }, keys: string[], args: string[]): Promise<[number, unknown]> {
  const pipeline = redis.pipeline() as unknown as AppendCommand & { wait(count: number, timeoutMs: number): unknown; exec(): Promise<[Error | null, unknown][] | null> };
  pipeline.kgLogAppend(keys.length, ...keys, ...args);
  pipeline.wait(replicas.count, replicas.timeoutMs);
  const [[appendError, reply], [waitError, acknowledged]] = ((await pipeline.exec()) ?? []) as [[Error | null, [number, unknown]], [Error | null, number]];
  if (appendError) throw appendError;
  if (waitError) throw waitError;
  if (reply[0] === 1 && acknowledged < replicas.count) {
    throw new Error(`the processing log's append reached ${acknowledged} of the ${replicas.count} replica(s) required within ${replicas.timeoutMs} ms`);
  }
  return reply;
}
