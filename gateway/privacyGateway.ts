import { createHash } from 'node:crypto';
import type { ApolloGateway } from '@apollo/gateway';
import type { GatewayExecutor, GatewayInterface, GatewayLoadResult, GatewayUnsubscriber } from '@apollo/server-gateway-interface';
import { GraphQLError, parse, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { ErrorCode, hubError } from '../schema/errors.ts';
import { coveredTypes } from '../schema/coveredTypes.ts';
import { readPolicies } from '../schema/policy.ts';
import type { PrivacySchema } from './fieldDecision.ts';
import type { GatewayContext } from './gatewayContext.ts';
import { filterOperation, RESERVED_ALIAS_PREFIX, usesReservedAlias, type FilteredOperation } from './operationFilter.ts';
import { restoreRemovedFields, stripBookkeeping } from './restoreRemovedFields.ts';

/** A completed response, just before it leaves the hub. */
export interface ReleaseCandidate {
  context: GatewayContext;
  privacy: PrivacySchema;
  /** The client's original document, operation and variables. */
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  /**
   * The response data in the shape of the original query, still carrying the gateway's
   * bookkeeping aliases: `kg__type` (runtime type) on every object, `kg__child` (pseudonym) on
   * every `Child`.
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

/**
 * Wraps `@apollo/gateway` so that every operation is filtered for the caller before it is
 * planned. The plan cache is keyed by the hash of the filtered document and the caller's
 * permission key, so the same query text from two roles can never share a plan.
 */
export class PrivacyGateway implements GatewayInterface {
  private privacy: PrivacySchema | null = null;
  /**
   * Filter results per parsed document, then per permission set. Keyed by the document object
   * itself: `removed` refers to that parse's field nodes, so a re-parse of the same text (after
   * Apollo's document cache evicted it) must be filtered again, or its removed fields would not be
   * found when the response is completed.
   */
  private filtered = new WeakMap<DocumentNode, Map<string, FilteredOperation & { hash: string }>>();

  constructor(
    private readonly inner: ApolloGateway,
    private readonly observer: ExecutionObserver = {},
  ) {
    // The API schema drops directives, so the policy is read from the supergraph SDL itself.
    inner.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
      const policies = readPolicies(parse(coreSupergraphSdl));
      this.privacy = { schema: apiSchema, policies, covered: coveredTypes(apiSchema, policies) };
      this.filtered = new WeakMap();
    });
  }

  /** The loaded privacy policy (for the protocol generator and tests). */
  get privacySchema(): PrivacySchema | null {
    return this.privacy;
  }

  async load(options: Parameters<GatewayInterface['load']>[0]): Promise<GatewayLoadResult> {
    const { executor } = await this.inner.load(options);
    if (!executor) throw new Error('the gateway loaded no executor');
    return { executor: this.executorAround(executor) };
  }

  onSchemaLoadOrUpdate(callback: Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]): GatewayUnsubscriber {
    return this.inner.onSchemaLoadOrUpdate(callback);
  }

  stop(): Promise<void> {
    return this.inner.stop();
  }

  private executorAround(execute: GatewayExecutor): GatewayExecutor {
    return async (requestContext) => {
      const privacy = this.privacy;
      if (!privacy) throw new Error('the privacy gateway executed before its schema loaded');
      const context = requestContext.context as GatewayContext;
      const { caller } = context;
      const permissionKey = `${caller.role}|${caller.purpose}`;
      let perDocument = this.filtered.get(requestContext.document);
      if (!perDocument) {
        perDocument = new Map();
        this.filtered.set(requestContext.document, perDocument);
      }
      let filtered = perDocument.get(permissionKey);
      if (!filtered) {
        if (usesReservedAlias(requestContext.document)) {
          return { errors: [hubError(ErrorCode.BAD_USER_INPUT, `Aliases starting with "${RESERVED_ALIAS_PREFIX}" are reserved by the hub; choose another alias.`)] };
        }
        const result = filterOperation(privacy, requestContext.document, caller);
        const hash = createHash('sha256').update(permissionKey).update('\n').update(print(result.document)).digest('hex');
        filtered = { ...result, hash };
        perDocument.set(permissionKey, filtered);
      }
      const response = await execute({ ...requestContext, document: filtered.document, queryHash: filtered.hash });
      const { operation } = requestContext;
      const restored = restoreRemovedFields(
        privacy.schema,
        requestContext.document,
        operation,
        requestContext.request.variables ?? {},
        response.data,
        filtered.removed,
      );
      // A denial of the hub's own bookkeeping fields (a case's child, fetched for the log) is not
      // the client's business: its error goes, like the field itself.
      const errors = [...restored.errors, ...(response.errors ?? []).map(asGraphQLError)].filter(
        (error) => !error.path?.some((segment) => typeof segment === 'string' && segment.startsWith(RESERVED_ALIAS_PREFIX)),
      );
      if (this.observer.beforeRelease) {
        try {
          await this.observer.beforeRelease({
            context,
            privacy,
            document: requestContext.document,
            operation,
            variables: requestContext.request.variables ?? {},
            data: restored.data,
            errors,
          });
        } catch (error) {
          requestContext.logger.error(`processing log unavailable: ${error instanceof Error ? error.message : String(error)}`);
          return {
            data: null,
            errors: [hubError(ErrorCode.LOG_UNAVAILABLE, 'The processing log could not record this request, so no personal data was released. Try again later.')],
          };
        }
      }
      stripBookkeeping(restored.data);
      return { ...response, data: restored.data, ...(errors.length > 0 ? { errors } : {}) };
    };
  }
}

const asGraphQLError = (error: GraphQLError | { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }) =>
  error instanceof GraphQLError ? error : new GraphQLError(error.message, { path: error.path, extensions: error.extensions });
