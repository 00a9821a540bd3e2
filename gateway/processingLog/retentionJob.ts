import type { CryptoKey } from 'jose';
import type { ProcessingRegister } from '../../schema/processingRegister.ts';
import type { ProcessingLogStore } from './processingLogStore.ts';
import { pruneExpired, type PruneResult } from './retention.ts';

export interface RetentionJobOptions {
  store: ProcessingLogStore;
  register: ProcessingRegister;
  signingKey: CryptoKey;
  verifyKey: CryptoKey;
  /** How often to prune. Default once a day. */
  intervalMs?: number;
  /** The moment retention is measured against; tests pass a controllable clock. Default: now. */
  clock?: () => Date;
  /** Told about every run that removed something, and every failure (a chain that does not verify). */
  onResult?: (result: PruneResult) => void;
  onError?: (error: unknown) => void;
}

/**
 * Runs the retention prune periodically inside a long-running process (the demo hub). Several
 * processes may run it: a prune that loses the race to another fails its commit and waits for its
 * next turn, so checkpoints never fork.
 */
export function startRetentionJob(options: RetentionJobOptions): { runOnce(): Promise<PruneResult>; stop(): void } {
  const clock = options.clock ?? (() => new Date());
  const runOnce = () => pruneExpired({ ...options, now: clock() });
  const timer = setInterval(() => {
    runOnce().then(
      (result) => (result.removed > 0 ? options.onResult?.(result) : undefined),
      (error: unknown) => options.onError?.(error),
    );
  }, options.intervalMs ?? 24 * 60 * 60 * 1000);
  timer.unref();
  return { runOnce, stop: () => clearInterval(timer) };
}
