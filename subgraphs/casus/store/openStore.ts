import type { CasusStore } from './casusStore.ts';
import { MemoryCasusStore } from './memoryStore.ts';
import { RedisCasusStore } from './redisStore.ts';

/**
 * The store the environment asks for: Redis when `REDIS_URL` is set (keys under
 * `CASUS_REDIS_PREFIX`, default `casus:`; a Redis Cluster with `redis+cluster://…`, its keys in
 * `CASUS_REDIS_BUCKETS` buckets, default 16), otherwise in memory for the demo.
 */
export async function openCasusStore(env: NodeJS.ProcessEnv): Promise<CasusStore> {
  if (!env.REDIS_URL) return new MemoryCasusStore();
  const buckets = env.CASUS_REDIS_BUCKETS ? Number(env.CASUS_REDIS_BUCKETS) : undefined;
  if (buckets !== undefined && !(Number.isInteger(buckets) && buckets > 0)) throw new Error(`CASUS_REDIS_BUCKETS must be a positive whole number, not "${env.CASUS_REDIS_BUCKETS}"`);
  const store = new RedisCasusStore({ url: env.REDIS_URL, prefix: env.CASUS_REDIS_PREFIX || 'casus:', buckets });
  try {
    await store.health();
  } catch (error) {
    await store.close().catch(() => undefined);
    throw new Error(`Redis at REDIS_URL does not answer: ${error instanceof Error ? error.message : String(error)}`);
  }
  return store;
}
