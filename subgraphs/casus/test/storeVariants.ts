import { randomUUID } from 'node:crypto';
import { afterAll, describe, inject, it } from 'vitest';
import type { CasusStore } from '../store/casusStore.ts';
import { MemoryCasusStore } from '../store/memoryStore.ts';
import { RedisCasusStore } from '../store/redisStore.ts';

/** Opens stores of one kind for a test file; every store opened is closed after the file. */
export interface StoreKind {
  name: 'memory' | 'redis' | 'cluster';
  /** A fresh, empty store (Redis: its own key prefix on the run's redis-server). */
  open(): Promise<CasusStore>;
  /** Another handle on the same data, as a second hub process would have (memory: the same store). */
  twin(store: CasusStore): Promise<CasusStore>;
  /** Environment for a process that opens its own store of this kind (`REDIS_URL`, a fresh prefix). */
  processEnv(): NodeJS.ProcessEnv;
}

function kinds(redisUrl: string | null, clusterUrl: string | null): { kind: StoreKind; skip: boolean }[] {
  const prefixes = new WeakMap<CasusStore, string>();
  const opened: CasusStore[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((store) => store.close()));
  });
  const redis = (url: string | null, prefix: string) => {
    const store = new RedisCasusStore({ url: url ?? '', prefix });
    prefixes.set(store, prefix);
    opened.push(store);
    return store;
  };
  const onRedis = (name: 'redis' | 'cluster', url: string | null) => ({
    kind: {
      name,
      open: async () => redis(url, `test:${randomUUID()}:`),
      twin: async (store: CasusStore) => redis(url, prefixes.get(store) ?? ''),
      processEnv: () => ({ REDIS_URL: url ?? '', CASUS_REDIS_PREFIX: `test:${randomUUID()}:` }),
    },
    skip: url === null,
  });
  return [
    {
      kind: { name: 'memory', open: async () => new MemoryCasusStore(), twin: async (store) => store, processEnv: () => ({ REDIS_URL: '' }) },
      skip: false,
    },
    onRedis('redis', redisUrl),
    onRedis('cluster', clusterUrl),
  ];
}

/**
 * Runs the same suite against the memory store, the Redis store on one server and the Redis store
 * on a three-master Redis Cluster (its keys in buckets, so each script touches one slot). The
 * Redis runs use the server and the cluster that test/globalSetup.ts started; without
 * redis-server (local runs only) they are skipped.
 */
export function describeEachStore(title: string, suite: (kind: StoreKind) => void): void {
  describe.each(kinds(inject('redisUrl'), inject('redisClusterUrl')))(`${title} ($kind.name store)`, ({ kind, skip }) => {
    if (skip) {
      it.skip('needs redis-server (apt-get install -y redis-server)', () => undefined);
      return;
    }
    suite(kind);
  });
}
