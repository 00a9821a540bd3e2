import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { ErrorCode, hubError } from '../../schema/errors.ts';
import type { HubContext } from '../gatewayContext.ts';
import type { ExecutionObserver } from '../releaseCandidate.ts';
import { filteredRequestOf } from './useOperationFilter.ts';

export interface ProcessingLogOptions {
  /** Records every release before it leaves (`createProcessingLogObserver`); required, there is no default. */
  observer: ExecutionObserver;
  /** Where a failed append is reported (without personal data). @default console.error */
  report?: (message: string) => void;
}

const unavailable = () =>
  hubError(ErrorCode.LOG_UNAVAILABLE, 'The processing log could not record this request, so no personal data was released. Try again later.');

/**
 * No log, no release (NEN 7513; FSC "no log, no request"): once the response is restored, the
 * observer records what it releases per child, and the response leaves only when the record is
 * durable. If the log cannot be written the operation fails closed with LOG_UNAVAILABLE and no data.
 */
export function useProcessingLog(options: ProcessingLogOptions): GatewayPlugin<HubContext> {
  const report = options.report ?? ((message: string) => console.error(message));
  return {
    onExecute({ context }) {
      return {
        async onExecuteDone({ result, setResult }) {
          const request = filteredRequestOf(context);
          if (!request || !context.caller || Symbol.asyncIterator in result) return setResult({ data: null, errors: [unavailable()] });
          try {
            await options.observer.beforeRelease?.({
              context: { caller: context.caller },
              privacy: request.privacy,
              document: request.document,
              operation: request.operation,
              variables: request.variables,
              data: result.data ?? null,
              errors: result.errors ?? [],
            });
          } catch (error) {
            report(`processing log unavailable: ${error instanceof Error ? error.message : String(error)}`);
            setResult({ data: null, errors: [unavailable()] });
          }
        },
      };
    },
  };
}
