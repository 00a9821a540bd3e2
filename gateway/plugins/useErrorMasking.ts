import type { GatewayConfig, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';

type MaskedErrorsOptions = Exclude<NonNullable<GatewayConfig['maskedErrors']>, boolean>;

export interface ErrorMaskingOptions {
  /** Where an unexpected error is written in full (server side only). @default console.error */
  report?: (message: string, error: unknown) => void;
}

/** An error the hub or a subgraph raised on purpose: a GraphQLError of its own, with a code. */
const isIntended = (error: unknown): error is GraphQLError =>
  error instanceof GraphQLError && !(error.originalError && !(error.originalError instanceof GraphQLError));

/**
 * Errors leave the hub as they were meant, or not at all: an error the hub or a subgraph raised
 * on purpose (a code, a message written for the caller, never the data it protects) goes out as
 * it is; anything unexpected (a bug, a subgraph's connection failure naming internal addresses) is
 * logged in full on the server and reaches the client as "Unexpected error.", keeping only its
 * path and the name of the subgraph it came from. This configures the engine's own masking, which
 * covers errors during execution and before it (request parsing, authentication).
 */
export function useErrorMasking(options: ErrorMaskingOptions = {}): { plugin: GatewayPlugin; maskedErrors: MaskedErrorsOptions } {
  const report = options.report ?? ((message: string, error: unknown) => console.error(message, error));
  const maskError = (error: unknown, message: string): Error => {
    if (isIntended(error)) return error;
    const path = error instanceof GraphQLError ? error.path : undefined;
    const subgraph = error instanceof GraphQLError ? error.extensions?.serviceName : undefined;
    report(`[gateway] unexpected error at ${JSON.stringify(path ?? [])}:`, error instanceof GraphQLError ? (error.originalError ?? error) : error);
    return new GraphQLError(message, { path, extensions: { code: 'INTERNAL_SERVER_ERROR', ...(typeof subgraph === 'string' ? { serviceName: subgraph } : {}) } });
  };
  return { plugin: {}, maskedErrors: { errorMessage: 'Unexpected error.', maskError } };
}
