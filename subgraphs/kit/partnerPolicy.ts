import {
  BrokenCircuitError,
  BulkheadRejectedError,
  bulkhead,
  CircuitState,
  circuitBreaker,
  ConsecutiveBreaker,
  handleWhen,
  IsolatedCircuitError,
  TaskCancelledError,
  type BulkheadPolicy,
  type CircuitBreakerPolicy,
} from 'cockatiel';

/** How hard an adapter may lean on its partner system (`<NAME>_PARTNER_*`, see `partnerConfig`). */
export interface PartnerLimits {
  /** Calls in flight to the partner at once; more wait in a queue. @default 16 */
  maxConcurrent?: number;
  /** Calls that may wait for a free slot; beyond that a call fails at once as busy. @default 64 */
  maxQueued?: number;
  /** Failures in a row (timeouts, unreachable, HTTP 5xx or 429, broken JSON) that open the circuit. @default 5 */
  breakerFailures?: number;
  /** How long an open circuit fails fast before it lets one probe call through (half-open). @default 10000 */
  breakerHalfOpenMs?: number;
}

export const DEFAULT_LIMITS = { maxConcurrent: 16, maxQueued: 64, breakerFailures: 5, breakerHalfOpenMs: 10_000 } as const;

/** Why a partner call failed; also the `reason` of its PARTNER_UNAVAILABLE error and a metrics label. */
export type FailureReason = 'TIMEOUT' | 'UNREACHABLE' | 'HTTP_ERROR' | 'INVALID_RESPONSE' | 'TOO_LARGE' | 'CIRCUIT_OPEN' | 'BUSY';

/** A failed partner call, before it becomes the client-facing error (the message is the reason's words). */
export class PartnerFailure extends Error {
  override name = 'PartnerFailure';
  constructor(
    readonly reason: FailureReason,
    message: string,
    /** Whether it says the partner is down or overloaded, so that it counts towards opening the circuit. */
    readonly outage: boolean,
  ) {
    super(message);
  }
}

/** The circuit's state as a number for the `ketengraaf_partner_circuit_state` gauge. */
export const circuitStateValue = (state: CircuitState): number =>
  ({ [CircuitState.Closed]: 0, [CircuitState.HalfOpen]: 1, [CircuitState.Open]: 2, [CircuitState.Isolated]: 2 })[state];

/**
 * One partner system's bulkhead and circuit breaker (cockatiel). The circuit sits outside the
 * bulkhead: while the partner is down a call fails at once, without taking or waiting for a slot,
 * and after `breakerHalfOpenMs` one call probes it; its success closes the circuit again. A
 * partner that answers slowly fills the bulkhead, so the adapter's own event loop and the partner
 * are never flooded, and calls beyond the queue fail at once as BUSY rather than piling up.
 */
export class PartnerPolicy {
  readonly limits: Required<PartnerLimits>;
  private readonly bulkhead: BulkheadPolicy;
  private readonly breaker: CircuitBreakerPolicy;

  constructor(limits: PartnerLimits = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...stripUndefined(limits) };
    this.bulkhead = bulkhead(this.limits.maxConcurrent, this.limits.maxQueued);
    this.breaker = circuitBreaker(
      handleWhen((error) => error instanceof PartnerFailure && error.outage),
      { halfOpenAfter: this.limits.breakerHalfOpenMs, breaker: new ConsecutiveBreaker(this.limits.breakerFailures) },
    );
  }

  get circuitState(): CircuitState {
    return this.breaker.state;
  }

  /** Calls in flight now (for the `ketengraaf_partner_in_flight` gauge). */
  get inFlight(): number {
    return this.limits.maxConcurrent - this.bulkhead.executionSlots;
  }

  /** Fires with each change of the circuit's state. */
  onCircuitChange(listener: (state: CircuitState) => void): void {
    this.breaker.onStateChange(listener);
  }

  /**
   * Runs one call. `deadline` covers the wait for a slot as well as the call: a queued call whose
   * deadline passes fails as TIMEOUT then, not when a slot frees. `throughBreaker: false` is for
   * the identity-list load (`identityListLoad.ts`): a slow list is no sign the partner is down, and
   * the index's start-up retries must reach the partner even while the circuit is open.
   */
  async run<T>(call: () => Promise<T>, deadline: AbortSignal, throughBreaker = true): Promise<T> {
    const inBulkhead = () => untilAborted(this.bulkhead.execute(call, deadline), deadline);
    try {
      return await (throughBreaker ? this.breaker.execute(inBulkhead) : inBulkhead());
    } catch (error) {
      throw this.translate(error, deadline);
    }
  }

  private translate(error: unknown, deadline: AbortSignal): unknown {
    if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
      const seconds = Math.ceil(this.limits.breakerHalfOpenMs / 1000);
      return new PartnerFailure('CIRCUIT_OPEN', `is not asked for now: it failed ${this.limits.breakerFailures} times in a row, so its circuit is open and it is tried again within ${seconds} s`, false);
    }
    if (error instanceof BulkheadRejectedError) {
      return new PartnerFailure('BUSY', `has too many calls in progress: ${this.limits.maxConcurrent} at once and ${this.limits.maxQueued} waiting`, false);
    }
    if (error instanceof TaskCancelledError && deadline.aborted) return timeoutFailure();
    return error;
  }
}

/** The timeout failure; its words are completed by the client, which knows the deadline. */
export const timeoutFailure = () => new PartnerFailure('TIMEOUT', 'did not answer in time', true);

/** Settles with `work`, or rejects as TIMEOUT when `deadline` aborts first (cockatiel's queue does not watch the signal). */
function untilAborted<T>(work: Promise<T>, deadline: AbortSignal): Promise<T> {
  if (deadline.aborted) return Promise.reject(timeoutFailure());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(timeoutFailure());
    deadline.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => deadline.removeEventListener('abort', onAbort));
  });
}

const stripUndefined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
