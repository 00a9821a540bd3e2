import { GraphQLError } from 'graphql';
import { loggerFor } from '../schema/telemetry/logger.ts';

/** One masked error as the server log holds it (one JSON line): all the hub knows of it, no personal data. */
export interface ErrorReport {
  level: 'error';
  msg: string;
  /** The W3C trace the request belongs to (the processing log's records carry it too); null before the caller is known. */
  traceId: string | null;
  /** The response path of the failed field, if any (field names and list positions). */
  path: readonly (string | number)[] | null;
  /** The code the client was given for it. */
  code: string;
  subgraph?: string;
  error: ErrorDetails;
}

export interface ErrorDetails {
  name: string;
  message: string;
  /** A system error code (`ECONNRESET`) or a GraphQL error code. */
  code?: string;
  stack?: string;
  cause?: ErrorDetails;
}

/** The trace id of a W3C `traceparent` (`00-<trace id>-<span id>-<flags>`). */
export const traceIdOf = (traceparent: string | undefined): string | null => traceparent?.split('-')[1] ?? null;

/**
 * An error and its causes, without what a GraphQL error carries beside them: the engine puts the
 * subgraph request (its variables hold children's pseudonyms) and response (personal data) in
 * `extensions`, so extensions are never logged, only their code.
 */
export function errorDetails(error: unknown, depth = 0): ErrorDetails {
  // The engine wraps the cause in GraphQL errors, layer on layer: the innermost is what failed.
  let graphqlCode: unknown;
  while (error instanceof GraphQLError && error.originalError) {
    graphqlCode ??= error.extensions?.code;
    error = error.originalError;
  }
  if (!(error instanceof Error)) return { name: typeof error, message: String(error) };
  const own = error instanceof GraphQLError ? error.extensions?.code : (error as { code?: unknown }).code;
  const code = typeof own === 'string' ? own : graphqlCode;
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(error.stack ? { stack: error.stack } : {}),
    ...(error.cause !== undefined && depth < 3 ? { cause: errorDetails(error.cause, depth + 1) } : {}),
  };
}

const log = loggerFor('gateway');

/** Writes one report through the hub's logger: one JSON line on stderr, scrubbed of pseudonyms and tokens. */
export const reportToLog = ({ level: _level, msg, error, ...fields }: ErrorReport): void =>
  // Under `failure`, not `error`: the logger reduces an `error` value as if it were an Error object,
  // and this is already the reduced, innermost cause.
  log.error({ ...fields, failure: error }, msg);
