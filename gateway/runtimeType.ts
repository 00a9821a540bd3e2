import { isObjectType, type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { TYPE_ALIAS } from './operationFilter.ts';

/**
 * The object type of one response object. The schema says it wherever a field returns an object
 * type; only an interface or union leaves it open, and there the filter asked for `__typename`
 * under the reserved alias (`kg__type`), so bookkeeping is added where it is needed and nowhere else.
 */
export function runtimeTypeOf(schema: GraphQLSchema, type: GraphQLNamedType, object: Record<string, unknown>): GraphQLObjectType | null {
  if (isObjectType(type)) return type;
  const runtime = schema.getType(String(object[TYPE_ALIAS]));
  return isObjectType(runtime) ? runtime : null;
}
