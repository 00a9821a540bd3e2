import { randomUUID } from 'node:crypto';
import { afterAll, describe, inject, it } from 'vitest';
import type { CasusStore } from '../store/casusStore.ts';
import { MemoryCasusStore } from '../store/memoryStore.ts';
import { RedisCasusStore } from '../store/redisStore.ts';

/** Opens stores of one kind for a test file; every store opened is closed after the file. */
export interface StoreKind {
  name: 'memory' | 'redis';
  /** A fresh, empty store (Redis: its own key prefix on the run's redis-server). */
  open(): Promise<CasusStore>;
  /** Another handle on the same data, as a second hub process would have (memory: the same store). */
  twin(store: CasusStore): Promise<CasusStore>;
  /** Environment for a process that opens its own store of this kind (`REDIS_URL`, a fresh prefix). */
  processEnv(): NodeJS.ProcessEnv;
}

function kinds(redisUrl: string | null): { kind: StoreKind; skip: boolean }[] {
  const prefixes = new WeakMap<CasusStore, string>();
  const opened: CasusStore[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((store) => store.close()));
  });
  const redis = (prefix: string) => {
    const store = new RedisCasusStore({ url: redisUrl ?? '', prefix });
    prefixes.set(store, prefix);
    opened.push(store);
    return store;
  };
  return [
    {
      kind: { name: 'memory', open: async () => new MemoryCasusStore(), twin: async (store) => store, processEnv: () => ({ REDIS_URL: '' }) },
      skip: false,
    },
    {
      kind: {
        name: 'redis',
        open: async () => redis(`test:${randomUUID()}:`),
        twin: async (store) => redis(prefixes.get(store) ?? ''),
        processEnv: () => ({ REDIS_URL: redisUrl ?? '', CASUS_REDIS_PREFIX: `test:${randomUUID()}:` }),
      },
      skip: redisUrl === null,
    },
  ];
}

/**
 * Runs the same suite against the memory and the Redis store. The Redis run uses the
 * `redis-server` that test/globalSetup.ts started; without one (local runs only) it is skipped.
 */
export function describeEachStore(title: string, suite: (kind: StoreKind) => void): void {
  describe.each(kinds(inject('redisUrl')))(`${title} ($kind.name store)`, ({ kind, skip }) => {
    if (skip) {
      it.skip('needs redis-server (apt-get install -y redis-server)', () => undefined);
      return;
    }
    suite(kind);
  });
}
