import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionResult } from 'graphql';
import { ErrorCode, hubError } from '../../schema/errors.ts';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from '../limits/operationLimits.ts';

export type ExecutionTimeoutOptions = Partial<Pick<OperationLimits, 'timeoutMs'>>;

/** The deadline of each operation (keyed by its context), which its subgraph calls also obey. */
const deadlines = new WeakMap<object, AbortSignal>();

const timedOut = (timeoutMs: number): ExecutionResult => ({
  data: null,
  errors: [
    hubError(ErrorCode.REQUEST_TIMEOUT, `The hub could not answer within ${timeoutMs / 1000} s, so it released nothing of this request. Try again later, or ask for less at once.`, { limit: timeoutMs }),
  ],
});

/**
 * Each operation gets `timeoutMs` to execute: planning and every subgraph call. When the time is
 * up, its subgraph calls are aborted and the operation's result becomes REQUEST_TIMEOUT (HTTP
 * 504) with no data at all, before the restore and the processing log see it: whatever part of
 * the answer had arrived is never released, so there is nothing to log (no log, no release holds
 * because nothing is released). The processing log's own append is not part of this time: a
 * release that is being recorded is not cut off half-way.
 *
 * The time limit wraps the execute function itself, so every `onExecuteDone` (restore, log,
 * masking) sees the timed-out result, wherever this plugin stands in the list.
 *
 * Options: `timeoutMs` (`OperationLimits`); the default is `DEFAULT_OPERATION_LIMITS.timeoutMs`.
 */
export function useExecutionTimeout(options: ExecutionTimeoutOptions = {}): GatewayPlugin {
  const { timeoutMs } = { ...DEFAULT_OPERATION_LIMITS, ...options };
  return {
    onExecute({ context, executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const deadline = new AbortController();
        deadlines.set(context, deadline.signal);
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => {
            deadline.abort(new Error(`the operation ran past its ${timeoutMs} ms`));
            resolve(timedOut(timeoutMs));
          }, timeoutMs);
        });
        try {
          return await Promise.race([executeFn(args), late]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
    onFetch({ context, options, setOptions }) {
      const deadline = context ? deadlines.get(context) : undefined;
      if (!deadline) return;
      // Node's own AbortSignal.any: the HTTP executor's combinator would hang one listener per
      // subgraph call on its long-lived dispose signal until garbage collection.
      setOptions({ ...options, signal: options.signal ? AbortSignal.any([options.signal, deadline]) : deadline });
    },
  };
}
