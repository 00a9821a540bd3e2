import type { CombinedError } from '@urql/core';

/** A refused change in the hub's words (they say what to do: who must confirm, which input is wrong). */
export const mutationError = (error: CombinedError | undefined): string | null =>
  error ? (error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message) : null;

/** Today plus `days`, as the date inputs want it (YYYY-MM-DD). */
export const dateFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
