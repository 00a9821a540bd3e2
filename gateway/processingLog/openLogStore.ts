import { DEFAULT_LOG_FILE, FileLogStore } from './fileLogStore.ts';
import type { ProcessingLogStore } from './processingLogStore.ts';
import { RedisLogStore } from './redisLogStore.ts';

/** A positive whole number from the environment, or the default; anything else stops start-up with the variable's name. */
function positive(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, not "${text}"`);
  return value;
}

/**
 * The processing log store the environment asks for: a Redis Stream with `REDIS_URL` (a server,
 * or `redis+cluster://host:port,…` for a Redis Cluster; key prefix `KETENGRAAF_LOG_PREFIX`), else
 * the embedded segmented file `KETENGRAAF_LOG_FILE` (default `.ketengraaf/processing-log.jsonl`),
 * shared by every process on this machine; segments rotate at `KETENGRAAF_LOG_SEGMENT_BYTES`
 * (default 64 MiB) and, unless `KETENGRAAF_LOG_SEGMENT_DAILY=false`, at each UTC day.
 */
export async function openLogStore(env: NodeJS.ProcessEnv = process.env): Promise<ProcessingLogStore> {
  if (env.REDIS_URL) {
    return RedisLogStore.connect({ url: env.REDIS_URL, prefix: env.KETENGRAAF_LOG_PREFIX || undefined, replicas: positive(env, 'KETENGRAAF_LOG_REPLICAS') });
  }
  return new FileLogStore(env.KETENGRAAF_LOG_FILE || DEFAULT_LOG_FILE, {
    segmentBytes: positive(env, 'KETENGRAAF_LOG_SEGMENT_BYTES'),
    daily: env.KETENGRAAF_LOG_SEGMENT_DAILY !== 'false',
  });
}

/**
 * A warning when the store could lose acknowledged records: Redis without `appendonly yes` and
 * `appendfsync always`. Null when durable, or when Redis does not say (managed services hide CONFIG).
 */
export async function durabilityWarning(store: ProcessingLogStore): Promise<string | null> {
  if (!(store instanceof RedisLogStore)) return null;
  const settings = await store.persistence();
  if (!settings || (settings.appendonly === 'yes' && settings.appendfsync === 'always')) return null;
  return `the processing log's Redis runs with appendonly ${settings.appendonly}, appendfsync ${settings.appendfsync}: a crash can lose records the hub already acknowledged. Run it with --appendonly yes --appendfsync always.`;
}
