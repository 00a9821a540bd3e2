import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';

/**
 * The schema clients query, from a supergraph SDL: the federation machinery (`join__*`, `link__*`,
 * `@inaccessible` parts) removed. For tools and tests that need the API schema without a gateway.
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return buildASTSchema(transformSupergraphToPublicSchema(parse(supergraphSdl)), { assumeValidSDL: true });
}
