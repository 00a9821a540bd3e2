/** When the supervisor restarts a crashed component. */
export interface RestartBackoffOptions {
  /** Delay before the first restart, in ms. @default 500 */
  firstMs?: number;
  /** Longest delay, however often it crashed. @default 30000 */
  maxMs?: number;
  /** A component that ran this long before it crashed counts as stable: its delay starts over. @default 60000 */
  stableMs?: number;
}

/**
 * Exponential backoff per component: 0.5 s, 1 s, 2 s … up to 30 s, so a process that crashes at
 * once does not take the machine's CPU, and one that crashed after running a while is back soon.
 */
export class RestartBackoff {
  private readonly firstMs: number;
  private readonly maxMs: number;
  private readonly stableMs: number;
  private failures = 0;

  constructor(options: RestartBackoffOptions = {}) {
    this.firstMs = options.firstMs ?? 500;
    this.maxMs = options.maxMs ?? 30_000;
    this.stableMs = options.stableMs ?? 60_000;
  }

  /** The delay before the next restart, after a process that ran for `ranMs` ended. */
  next(ranMs: number): number {
    if (ranMs >= this.stableMs) this.failures = 0;
    const delay = Math.min(this.firstMs * 2 ** this.failures, this.maxMs);
    this.failures++;
    return delay;
  }
}
