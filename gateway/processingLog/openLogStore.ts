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
