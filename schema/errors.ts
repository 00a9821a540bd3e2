import { GraphQLError, type GraphQLErrorOptions } from 'graphql';

/**
 * The hub's error codes, shared by the gateway and every subgraph. Each error tells the caller
 * what to do; none carries the data it protects.
 */
export const ErrorCode = {
  /** No valid bearer token, or no valid gateway context at a subgraph. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The X-Purpose header is missing or not one of the covenant's purposes. */
  PURPOSE_REQUIRED: 'PURPOSE_REQUIRED',
  /** The caller's grant does not cover this field (role, purpose or a per-child condition). */
  FORBIDDEN_FIELD: 'FORBIDDEN_FIELD',
  /** The caller's role may not perform this operation. */
  FORBIDDEN_OPERATION: 'FORBIDDEN_OPERATION',
  /** A partner system did not answer, or answered with an error. */
  PARTNER_UNAVAILABLE: 'PARTNER_UNAVAILABLE',
  /** A subgraph of the hub did not answer the gateway (its process is down or unreachable). */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** The input is invalid; the message says which part and why. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The thing referred to does not exist (or is not visible to the caller). */
  NOT_FOUND: 'NOT_FOUND',
  /** A concurrent change won; re-read and retry. */
  CONFLICT: 'CONFLICT',
  /** The processing log could not be written, so nothing personal was released. */
  LOG_UNAVAILABLE: 'LOG_UNAVAILABLE',
  /** The HTTP request body is larger than the gateway accepts (HTTP 413). */
  REQUEST_TOO_LARGE: 'REQUEST_TOO_LARGE',
  /** A batched HTTP request holds more operations than the gateway accepts. */
  BATCH_TOO_LARGE: 'BATCH_TOO_LARGE',
  /** The document has more tokens than the gateway parses. */
  OPERATION_TOO_LARGE: 'OPERATION_TOO_LARGE',
  /** Fields are nested deeper than the gateway accepts (fragments counted as written out). */
  OPERATION_TOO_DEEP: 'OPERATION_TOO_DEEP',
  /** The operation uses more aliases than the gateway accepts. */
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  /** The operation, or one field of it, carries more directives than the gateway accepts. */
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  /** A fragment spreads itself, directly or through other fragments. */
  FRAGMENT_CYCLE: 'FRAGMENT_CYCLE',
  /** The answer could hold more values than the gateway gives in one request (list sizes multiplied). */
  OPERATION_TOO_COSTLY: 'OPERATION_TOO_COSTLY',
  /** The professional sent more requests than the gateway answers one person in its window (HTTP 429). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The operation did not finish within the gateway's time limit; nothing of it was released. */
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  /** Something failed inside the hub; the message says nothing more, the server log says all. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const httpStatus: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  PURPOSE_REQUIRED: 400,
  LOG_UNAVAILABLE: 503,
  // Every operation limit refuses the request as the client's to change (400); only a body over
  // the byte limit is 413 (RFC 9110 §15.5.14 Content Too Large), as a proxy in front would say.
  REQUEST_TOO_LARGE: 413,
  BATCH_TOO_LARGE: 400,
  OPERATION_TOO_LARGE: 400,
  OPERATION_TOO_DEEP: 400,
  TOO_MANY_ALIASES: 400,
  TOO_MANY_DIRECTIVES: 400,
  FRAGMENT_CYCLE: 400,
  OPERATION_TOO_COSTLY: 400,
  RATE_LIMITED: 429,
  // The gateway waited for its subgraphs (RFC 9110 §15.6.5 Gateway Timeout).
  REQUEST_TIMEOUT: 504,
};

/** A GraphQL error with the project's code (and HTTP status where the whole request fails). */
export function hubError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
  options: Omit<GraphQLErrorOptions, 'extensions'> = {},
): GraphQLError {
  const status = httpStatus[code];
  return new GraphQLError(message, {
    ...options,
    // Headers the error asks for (`Retry-After`) go with its status under `http`, as the engine reads them.
    extensions: { code, ...extensions, ...(status ? { http: { status, ...(extensions.http as Record<string, unknown> | undefined) } } : {}) },
  });
}
