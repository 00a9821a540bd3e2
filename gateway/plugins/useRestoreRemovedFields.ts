import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { GraphQLError } from 'graphql';
import { RESERVED_ALIAS_PREFIX } from '../operationFilter.ts';
import { restoreRemovedFields } from '../restoreRemovedFields.ts';
import { filteredRequestOf } from './useOperationFilter.ts';

const aboutBookkeeping = (error: GraphQLError) => error.path?.some((segment) => typeof segment === 'string' && segment.startsWith(RESERVED_ALIAS_PREFIX)) ?? false;

/**
 * After execution, puts `null` back at every response path of a removed field with
 * FORBIDDEN_FIELD, with the spec's null propagation (a removed non-null field nulls its nearest
 * nullable parent), so the answer has the shape of the client's query and says what grant is
 * missing, never the data. A denial of the hub's own bookkeeping (a case's child, fetched for the
 * log) is not the client's business: its error goes, like the field.
 */
export function useRestoreRemovedFields(): GatewayPlugin {
  return {
    onExecute({ context }) {
      return {
        onExecuteDone({ result, setResult }) {
          const request = filteredRequestOf(context);
          if (!request) throw new Error('no filtered operation for this context: useOperationFilter must run first');
          if (Symbol.asyncIterator in result) throw new Error('streamed results are not released: they would bypass the restore and the log');
          const { privacy, document, operation, variables, filtered } = request;
          const restored = restoreRemovedFields(privacy.schema, document, operation, variables, result.data, filtered.removed);
          const errors = [...restored.errors, ...(result.errors ?? [])].filter((error) => !aboutBookkeeping(error));
          const { errors: _old, ...rest } = result;
          setResult({ ...rest, data: restored.data, ...(errors.length > 0 ? { errors } : {}) });
        },
      };
    },
  };
}
