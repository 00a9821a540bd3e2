import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { coveredTypes } from '../../schema/coveredTypes.ts';
import { ErrorCode, hubError } from '../../schema/errors.ts';
import type { PolicyMap } from '../../schema/policy.ts';
import type { PrivacySchema } from '../fieldDecision.ts';
import type { HubContext } from '../gatewayContext.ts';
import { filterOperation, RESERVED_ALIAS_PREFIX, usesReservedAlias, type FilteredOperation } from '../operationFilter.ts';
import { stripBookkeeping } from '../restoreRemovedFields.ts';

export interface OperationFilterOptions {
  /** The privacy policy, read from the supergraph's `@privacy` directives (`readPolicies`). */
  policies: PolicyMap;
}

/** One operation as the client sent it, and as it is planned for this caller. */
export interface FilteredRequest {
  privacy: PrivacySchema;
  /** The client's document, operation and variables (what the response is completed against). */
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  filtered: FilteredOperation;
}

const requests = new WeakMap<object, FilteredRequest>();

/** The filtered operation of this context, for the restore and the processing log. */
export const filteredRequestOf = (context: object): FilteredRequest | undefined => requests.get(context);

/**
 * Removes every field the caller's role and purpose may not see before the operation is planned,
 * so no subgraph is ever asked for it (data minimisation, AVG art. 5(1)(c)), and adds the
 * bookkeeping the restore and the log need.
 *
 * The Rust planner caches plans per document object (a `WeakMap`, then the operation name), so
 * the filtered document is one object per parsed document and permission set (role and purpose):
 * two permission sets never share a document object, and so never share a plan. The filter result
 * is keyed by the parsed document itself, not its text: `removed` points at that parse's nodes.
 */
export function useOperationFilter(options: OperationFilterOptions): GatewayPlugin<HubContext> {
  const privacyBySchema = new WeakMap<GraphQLSchema, { privacy: PrivacySchema; filtered: WeakMap<DocumentNode, Map<string, FilteredOperation>> }>();
  const forSchema = (schema: GraphQLSchema) => {
    let entry = privacyBySchema.get(schema);
    if (!entry) {
      entry = { privacy: { schema, policies: options.policies, covered: coveredTypes(schema, options.policies) }, filtered: new WeakMap() };
      privacyBySchema.set(schema, entry);
    }
    return entry;
  };

  return {
    onExecute({ args, context, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const { caller } = context;
      if (!caller) throw new Error('no caller on the context: usePurpose must run before the filter');
      const { privacy, filtered: cache } = forSchema(args.schema);
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) throw new Error('validation let through a document without its operation');
      const permissionKey = `${caller.role}|${caller.purpose}`;
      let perDocument = cache.get(args.document);
      if (!perDocument) {
        perDocument = new Map();
        cache.set(args.document, perDocument);
      }
      let filtered = perDocument.get(permissionKey);
      if (!filtered) {
        if (usesReservedAlias(args.document)) {
          return setResultAndStopExecution({
            errors: [hubError(ErrorCode.BAD_USER_INPUT, `Aliases starting with "${RESERVED_ALIAS_PREFIX}" are reserved by the hub; choose another alias.`)],
          });
        }
        filtered = filterOperation(privacy, args.document, caller);
        perDocument.set(permissionKey, filtered);
      }
      requests.set(context, { privacy, document: args.document, operation, variables: args.variableValues ?? {}, filtered });
      const plannedDocument = filtered.document;
      setExecuteFn((executeArgs) => executeFn({ ...executeArgs, document: plannedDocument }));
    },
    // The bookkeeping leaves the response as the response leaves the hub (after the log read it).
    onResultProcess({ result }) {
      for (const one of Array.isArray(result) ? result : [result]) {
        if (one && typeof one === 'object' && 'data' in one) stripBookkeeping(one.data);
      }
    },
  };
}
