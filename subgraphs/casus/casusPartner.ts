import type { SubgraphConfig } from '../kit/config.ts';
import { startRetentionJob } from './domain/retention.ts';
import { systemOfRecordFromEnv, type InvolvementSource } from './involvementSource.ts';
import type { CasusStore } from './store/casusStore.ts';
import { openCasusStore } from './store/openStore.ts';

/** The casus subgraph's "partner system" is its own store, with the clock every rule reads. */
export interface CasusPartner {
  store: CasusStore;
  /** The time rules are decided at (retention, consent validity, age); injected by tests. */
  now: () => Date;
  /** Where a caller's involvement with a child is verified: its own organisation's system of record. */
  involvement: InvolvementSource;
  /** Stops what `connect` started: the retention job, and the store if it opened it. */
  stop(): Promise<void>;
}

export interface CasusOptions {
  /** A store the caller owns (tests); default: `openCasusStore(env)`, closed on stop. */
  store?: CasusStore;
  now?: () => Date;
  /** Default: the partner subgraphs at `SUBGRAPH_<NAME>_URL` (`POST /involvement`). */
  involvement?: InvolvementSource;
}

/**
 * Opens the store and starts the retention job (`CASUS_RETENTION_INTERVAL_MS`, default hourly);
 * involvement is asked of the partner subgraphs at `SUBGRAPH_<NAME>_URL`.
 */
export async function connectCasus(config: SubgraphConfig, options: CasusOptions = {}): Promise<CasusPartner> {
  const store = options.store ?? (await openCasusStore(config.env));
  const now = options.now ?? (() => new Date());
  const interval = Number(config.env.CASUS_RETENTION_INTERVAL_MS || 3_600_000);
  if (!Number.isInteger(interval) || interval < 1000) throw new Error('CASUS_RETENTION_INTERVAL_MS must be a whole number of at least 1000');
  const stopRetention = startRetentionJob(store, now, interval);
  return {
    store,
    now,
    involvement: options.involvement ?? systemOfRecordFromEnv(config.env),
    stop: async () => {
      stopRetention();
      if (!options.store) await store.close();
    },
  };
}
