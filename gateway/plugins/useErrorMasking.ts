import type { GatewayConfig, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import { ErrorCode, hubError } from '../../schema/errors.ts';
import { reportError } from '../../schema/telemetry/reportError.ts';

type MaskedErrorsOptions = Exclude<NonNullable<GatewayConfig['maskedErrors']>, boolean>;

export interface ErrorMaskingOptions {
  /**
   * Where a masked error is written in full (server side only): a scrubbed JSON line with the trace
   * id, never a subgraph request's variables or response. @default reportError('gateway')
   */
  report?: (message: string, error: unknown) => void;
}

/** Extensions the HTTP executor adds to a failed subgraph call: the request body (with its variables) and the response. */
const TRANSPORT_DETAILS = ['request', 'response'];

/** An error the hub or a subgraph raised on purpose: a GraphQLError of its own, not a wrapped exception. */
const isIntended = (error: unknown): error is GraphQLError =>
  error instanceof GraphQLError && !(error.originalError && !(error.originalError instanceof GraphQLError));

/**
 * Errors leave the hub as they were meant, or not at all. An error the hub or a subgraph raised on
 * purpose (a code, a message written for the caller, never the data it protects) goes out as it
 * is. A failed call to a subgraph carries the subgraph request in its extensions (the children's
 * pseudonyms among its variables) and internal addresses in its message: it becomes
 * SUBGRAPH_UNAVAILABLE naming the subgraph, and is logged in full on the server. Anything else
 * unexpected is "Unexpected error." (the engine's own masking, configured by `maskedErrors`, which
 * also covers errors before execution).
 */
export function useErrorMasking(options: ErrorMaskingOptions = {}): { plugin: GatewayPlugin; maskedErrors: MaskedErrorsOptions } {
  // Regression: console.error printed the subgraph request in the error's extensions, the
  // children's pseudonyms among its variables, to the server's log.
  const report = options.report ?? reportError('gateway');
  const maskError = (error: unknown, message: string): Error => {
    if (isIntended(error)) return error;
    const path = error instanceof GraphQLError ? error.path : undefined;
    report(`[gateway] unexpected error at ${JSON.stringify(path ?? [])}:`, error instanceof GraphQLError ? (error.originalError ?? error) : error);
    return new GraphQLError(message, { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
  const fromSubgraphCall = (error: GraphQLError): GraphQLError => {
    const extensions = error.extensions ?? {};
    if (!TRANSPORT_DETAILS.some((key) => key in extensions)) return error;
    const subgraph = typeof extensions.serviceName === 'string' ? extensions.serviceName : 'a';
    report(`[gateway] the ${subgraph} subgraph failed at ${JSON.stringify(error.path ?? [])}:`, error);
    return hubError(ErrorCode.SUBGRAPH_UNAVAILABLE, `The ${subgraph} subgraph of the hub did not answer. Try again later; if it persists, the hub's operator can check it.`, { serviceName: subgraph }, { path: error.path });
  };
  return {
    maskedErrors: { errorMessage: 'Unexpected error.', maskError },
    plugin: {
      onExecute() {
        return {
          onExecuteDone({ result, setResult }) {
            if (Symbol.asyncIterator in result || !result.errors?.length) return;
            setResult({ ...result, errors: result.errors.map(fromSubgraphCall) });
          },
        };
      },
    },
  };
}
