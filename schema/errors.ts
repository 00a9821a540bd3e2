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
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const httpStatus: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  PURPOSE_REQUIRED: 400,
  LOG_UNAVAILABLE: 503,
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
    extensions: { code, ...extensions, ...(status ? { http: { status } } : {}) },
  });
}
