import { AsyncLocalStorage } from 'node:async_hooks';

const loading = new AsyncLocalStorage<true>();

/**
 * Runs an adapter's identity-list load (`PseudonymIndex.fetchIdentities`) so that its partner
 * calls bypass the circuit breaker. The list is large and slow by nature (a million identities
 * under load can take longer than the timeout), which says nothing about whether the partner is
 * down for point calls; and the index's start-up retries must reach the partner even while the
 * circuit is open, or an adapter whose partner was down for a moment would never start. Marked
 * by context, so no adapter's client has to pass a flag through its paging code.
 */
export const asIdentityListLoad = <T>(load: () => Promise<T>): Promise<T> => loading.run(true, load);

/** Whether the current partner call belongs to an identity-list load. */
export const inIdentityListLoad = (): boolean => loading.getStore() === true;
