import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/**
 * Apollo Server `formatError`: errors the hub raised on purpose (a GraphQLError with a code) reach
 * the client as they are; anything unexpected is logged in full and masked, because its message
 * may hold partner data.
 */
export function maskUnexpectedErrors(service: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError || !(original instanceof Error)) return formatted;
    console.error(`[${service}] unexpected error at ${JSON.stringify(formatted.path ?? [])}:`, original);
    return {
      message: 'Unexpected error.',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', service },
    };
  };
}
