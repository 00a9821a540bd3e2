import type { DocumentNode, GraphQLError, OperationDefinitionNode } from 'graphql';
import type { PrivacySchema } from './fieldDecision.ts';
import type { HubContext } from './gatewayContext.ts';

/** A completed response, just before it leaves the hub (`useProcessingLog`). */
export interface ReleaseCandidate {
  context: HubContext;
  privacy: PrivacySchema;
  /** The client's original document, operation and variables. */
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  /**
   * The response data in the shape of the original query, still carrying the gateway's
   * bookkeeping aliases: `kg__child` (pseudonym) on every `Child`, `kg__subject` on an object
   * about one child, and `kg__type` (runtime type) where the schema's type is an interface or a
   * union (elsewhere the schema gives the type; see `runtimeTypeOf`).
   */
  data: Record<string, unknown> | null;
  /** Every error of the response: FORBIDDEN_FIELD at removed paths, and the subgraphs' own. */
  errors: readonly GraphQLError[];
}

/** Hooks around one execution, used by the processing log (accountability). */
export interface ExecutionObserver {
  /**
   * Called before the response leaves the hub ("no log, no release"): when it throws, the
   * request fails closed with LOG_UNAVAILABLE and no data.
   */
  beforeRelease?(candidate: ReleaseCandidate): Promise<void>;
}
