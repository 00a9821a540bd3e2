import { loggerFor } from './logger.ts';

/**
 * A `report(message, error)` for a masking path (the gateway's `useErrorMasking`, its processing
 * log's failures): one JSON line at level error, with the request's trace id, the error reduced by
 * `safeError` (never a subgraph request's variables or response), and the message scrubbed.
 *
 * ```ts
 * const report = options.report ?? reportError('gateway');
 * ```
 */
export function reportError(component: string): (message: string, error?: unknown) => void {
  const log = loggerFor(component);
  return (message, error) => (error === undefined ? log.error(message) : log.error({ err: error }, message));
}
