import { isCluster, type RedisClient } from '../../schema/redisConnection.ts';
import { fieldValue } from './redisLogScripts.ts';

/**
 * Redis's persistence settings, to warn at start-up when acknowledged records could be lost. On a
 * cluster the weakest node counts: a replica without AOF that is promoted loses what it lacked.
 * Null when Redis does not say (managed services often disable CONFIG).
 */
export async function persistenceOf(redis: RedisClient): Promise<{ appendonly: string; appendfsync: string } | null> {
  const nodes = isCluster(redis) ? redis.nodes('all') : [redis];
  try {
    const settings = await Promise.all(nodes.map(async (node) => (await node.config('GET', 'append*')) as string[]));
    const weakest = settings.find((reply) => fieldValue(reply, 'appendonly') !== 'yes' || fieldValue(reply, 'appendfsync') !== 'always') ?? settings[0]!;
    return { appendonly: fieldValue(weakest, 'appendonly'), appendfsync: fieldValue(weakest, 'appendfsync') };
  } catch {
    return null;
  }
}
