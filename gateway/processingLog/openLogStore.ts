import { DEFAULT_LOG_FILE, FileLogStore } from './fileLogStore.ts';
import type { ProcessingLogStore } from './processingLogStore.ts';
import { RedisLogStore } from './redisLogStore.ts';

/**
 * The processing log store the environment asks for: a Redis Stream with `REDIS_URL` (key prefix
 * `KETENGRAAF_LOG_PREFIX`), else the embedded file `KETENGRAAF_LOG_FILE` (default
 * `.ketengraaf/processing-log.jsonl`), shared by every process on this machine.
 */
export async function openLogStore(env: NodeJS.ProcessEnv = process.env): Promise<ProcessingLogStore> {
  if (env.REDIS_URL) return RedisLogStore.connect({ url: env.REDIS_URL, prefix: env.KETENGRAAF_LOG_PREFIX || undefined });
  return new FileLogStore(env.KETENGRAAF_LOG_FILE || DEFAULT_LOG_FILE);
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
