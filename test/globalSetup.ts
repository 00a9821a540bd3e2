import type { TestProject } from 'vitest/node';
import { redisServerInstalled, startRedisServer } from './harness/redisServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A private `redis-server` for this test run, or null when it is not installed (local runs only). */
    redisUrl: string | null;
  }
}

/**
 * Starts one `redis-server` for the whole run; test files share it and keep apart by key prefix.
 * CI must test the Redis store too, so there a missing server fails the run instead of skipping.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!redisServerInstalled()) {
    if (process.env.CI === 'true') {
      throw new Error('redis-server is not installed, and CI runs every Redis test: apt-get install -y redis-server');
    }
    console.warn('redis-server is not installed: the Redis variants of the tests are skipped (apt-get install -y redis-server).');
    project.provide('redisUrl', null);
    return undefined;
  }
  const redis = await startRedisServer();
  project.provide('redisUrl', redis.url);
  return () => redis.stop();
}
