import type { TestProject } from 'vitest/node';
import { startRedisCluster } from './harness/redisCluster.ts';
import { redisServerInstalled, startRedisServer } from './harness/redisServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A private `redis-server` for this test run, or null when it is not installed (local runs only). */
    redisUrl: string | null;
    /** A private three-master Redis Cluster (`redis+cluster://…`) for this run, or null likewise. */
    redisClusterUrl: string | null;
  }
}

/**
 * Starts one `redis-server` and one three-master Redis Cluster for the whole run; test files share
 * them and keep apart by key prefix. CI must test the Redis stores too, so there a missing server
 * fails the run instead of skipping.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!redisServerInstalled()) {
    if (process.env.CI === 'true') {
      throw new Error('redis-server is not installed, and CI runs every Redis test: apt-get install -y redis-server');
    }
    console.warn('redis-server is not installed: the Redis variants of the tests are skipped (apt-get install -y redis-server).');
    project.provide('redisUrl', null);
    project.provide('redisClusterUrl', null);
    return undefined;
  }
  const [redis, cluster] = await Promise.all([startRedisServer(), startRedisCluster()]);
  project.provide('redisUrl', redis.url);
  project.provide('redisClusterUrl', cluster.url);
  return async () => {
    await Promise.all([redis.stop(), cluster.stop()]);
  };
}
