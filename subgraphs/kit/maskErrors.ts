import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { loggerFor } from '../../schema/telemetry/logger.ts';

/**
 * Apollo Server `formatError`: errors the hub raised on purpose (a GraphQLError with a code) reach
 * the client as they are; anything unexpected is masked, because its message may hold partner
 * data, and logged on the server as one structured line: type, message and stack (scrubbed of
 * pseudonyms and tokens), the response path, and the request's trace id, so the operator finds it
 * from the trace or the processing log.
 */
export function maskUnexpectedErrors(service: string) {
  const log = loggerFor(service);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError || !(original instanceof Error)) return formatted;
    log.error({ err: original, path: formatted.path ?? [] }, 'unexpected error, masked for the client');
    return {
      message: 'Unexpected error.',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', service },
    };
  };
}
