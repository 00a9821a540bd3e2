import type { GatewayConfig, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import { ErrorCode, hubError } from '../../schema/errors.ts';
import { errorDetails, reportToLog, traceIdOf, type ErrorReport } from '../errorReport.ts';
import type { HubContext } from '../gatewayContext.ts';

type MaskedErrorsOptions = Exclude<NonNullable<GatewayConfig['maskedErrors']>, boolean>;

export interface ErrorMaskingOptions {
  /** Where a masked error is written in full (server side only). @default one scrubbed JSON line of the hub's logger */
  report?: (report: ErrorReport) => void;
}

/** Extensions the HTTP executor adds to a failed subgraph call: the request body (with its variables) and the response. */
const TRANSPORT_DETAILS = ['request', 'response'];

/** An error the hub or a subgraph raised on purpose: a GraphQLError of its own, not a wrapped exception. */
const isIntended = (error: unknown): error is GraphQLError =>
  error instanceof GraphQLError && !(error.originalError && !(error.originalError instanceof GraphQLError));

const unexpected = (message: string, path: GraphQLError['path']) => new GraphQLError(message, { path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });

/**
 * Errors leave the hub as they were meant, or not at all. An error the hub or a subgraph raised on
 * purpose (a code, a message written for the caller, never the data it protects) goes out as it
 * is. A failed call to a subgraph carries the subgraph request in its extensions (the children's
 * pseudonyms among its variables) and internal addresses in its message: it becomes
 * SUBGRAPH_UNAVAILABLE naming the subgraph. Anything else unexpected is "Unexpected error."
 * (INTERNAL_SERVER_ERROR). Both are written to the server log as one structured line with the
 * request's trace id and the error with its causes, never the request's variables or any response
 * data (`errorDetails`); `useResponseStatus` turns a request that got nothing but such failures
 * into a 5xx.
 *
 * Errors of an execution are masked when it is done, where the caller's trace is known; the
 * engine's own masking (`maskedErrors`) covers what fails before or outside it.
 */
export function useErrorMasking(options: ErrorMaskingOptions = {}): { plugin: GatewayPlugin<HubContext>; maskedErrors: MaskedErrorsOptions } {
  // Regression: console.error once printed the subgraph request in an error's extensions, the
  // children's pseudonyms among its variables; reports now go through the scrubbed JSON logger.
  const report = options.report ?? reportToLog;
  const mask = (error: unknown, traceId: string | null, message = 'Unexpected error.'): GraphQLError => {
    const path = error instanceof GraphQLError ? error.path : undefined;
    const extensions = error instanceof GraphQLError ? (error.extensions ?? {}) : {};
    if (error instanceof GraphQLError && TRANSPORT_DETAILS.some((key) => key in extensions)) {
      const subgraph = typeof extensions.serviceName === 'string' ? extensions.serviceName : 'a';
      report({ level: 'error', msg: `the ${subgraph} subgraph failed`, traceId, path: path ?? null, code: ErrorCode.SUBGRAPH_UNAVAILABLE, subgraph, error: errorDetails(error) });
      return hubError(ErrorCode.SUBGRAPH_UNAVAILABLE, `The ${subgraph} subgraph of the hub did not answer. Try again later; if it persists, the hub's operator can check it.`, { serviceName: subgraph }, { path });
    }
    if (isIntended(error)) return error;
    const subgraph = typeof extensions.serviceName === 'string' ? { subgraph: extensions.serviceName } : {};
    report({ level: 'error', msg: 'unexpected error', traceId, path: path ?? null, code: ErrorCode.INTERNAL_SERVER_ERROR, ...subgraph, error: errorDetails(error) });
    return unexpected(message, path);
  };
  return {
    maskedErrors: { errorMessage: 'Unexpected error.', maskError: (error, message) => mask(error, null, message) },
    plugin: {
      onExecute({ context }) {
        return {
          onExecuteDone({ result, setResult }) {
            if (Symbol.asyncIterator in result || !result.errors?.length) return;
            const traceId = traceIdOf(context.caller?.traceparent);
            setResult({ ...result, errors: result.errors.map((error) => mask(error, traceId)) });
          },
        };
      },
    },
  };
}
