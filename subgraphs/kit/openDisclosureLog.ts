import { join } from 'node:path';
import type { SubgraphConfig } from './config.ts';
import type { DisclosureLog } from './disclosureLog.ts';
import { FileDisclosureLog } from './fileDisclosureLog.ts';
import { RedisDisclosureLog } from './redisDisclosureLog.ts';

/** The default folder (git-ignored), beside the hub's own processing log in the demo. */
const DEFAULT_DIR = new URL('../../.ketengraaf/', import.meta.url).pathname;

/**
 * Where an adapter keeps its disclosure log, per subgraph `NAME`: the partner's Redis at
 * `NAME_DISCLOSURE_LOG_REDIS_URL` (stream `ketengraaf:{NAME-disclosures}:stream`), else the file
 * `NAME_DISCLOSURE_LOG_FILE`, else `<KETENGRAAF_DISCLOSURE_LOG_DIR or .ketengraaf>/<name>-disclosures.jsonl`.
 */
export async function openDisclosureLog(config: Pick<SubgraphConfig, 'name' | 'env'>): Promise<DisclosureLog> {
  const prefix = config.name.toUpperCase();
  const redisUrl = config.env[`${prefix}_DISCLOSURE_LOG_REDIS_URL`];
  if (redisUrl) return RedisDisclosureLog.connect(redisUrl, `ketengraaf:{${config.name}-disclosures}`);
  return new FileDisclosureLog(config.env[`${prefix}_DISCLOSURE_LOG_FILE`] || join(config.env.KETENGRAAF_DISCLOSURE_LOG_DIR || DEFAULT_DIR, `${config.name}-disclosures.jsonl`));
}
