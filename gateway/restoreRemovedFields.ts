import {
  GraphQLError,
  Kind,
  getNamedType,
  isListType,
  isNonNullType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { RESERVED_ALIAS_PREFIX } from './operationFilter.ts';
import { coercedVariables, fragmentsOf, isIncluded, typeConditionMatches } from './operationWalking.ts';
import { runtimeTypeOf } from './runtimeType.ts';

type Path = (string | number)[];
type ResponseObject = Record<string, unknown>;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  removed: ReadonlyMap<FieldNode, () => GraphQLError>;
  originals: Map<FieldNode, GraphQLError>;
  errors: GraphQLError[];
}

/** Completes one object; true when a non-null field became null so the object itself must. */
function completeObject(walk: Walk, object: ResponseObject, type: GraphQLNamedType, selectionSet: SelectionSetNode, path: Path): boolean {
  const runtimeType = runtimeTypeOf(walk.schema, type, object);
  if (!runtimeType) return false;
  const order: string[] = [];
  const nulled = completeSelections(walk, object, runtimeType, selectionSet, path, order);
  // Restored keys were appended; the response keeps the query's field order, as the spec asks.
  for (const key of order) {
    if (!(key in object)) continue;
    const value = object[key];
    delete object[key];
    object[key] = value;
  }
  return nulled;
}

function completeSelections(walk: Walk, object: ResponseObject, runtimeType: GraphQLObjectType, selectionSet: SelectionSetNode, path: Path, order: string[]): boolean {
  for (const selection of selectionSet.selections) {
    if (!isIncluded(selection, walk.variables)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      if (!order.includes(key)) order.push(key);
      const field = runtimeType.getFields()[selection.name.value];
      if (!field) continue;
      const error = walk.removed.get(selection);
      if (error) {
        object[key] = null;
        // One error per response path, but its wording is built once per removed field.
        let original = walk.originals.get(selection);
        if (!original) {
          original = error();
          walk.originals.set(selection, original);
        }
        walk.errors.push(new GraphQLError(original.message, { path: [...path, key], extensions: original.extensions }));
        if (isNonNullType(field.type)) return true;
      } else if (selection.selectionSet && object[key] != null) {
        if (completeValue(walk, object[key], field.type, selection.selectionSet, [...path, key])) {
          object[key] = null;
          if (isNonNullType(field.type)) return true;
        }
      }
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.fragments.get(selection.name.value);
    if (!fragment || !typeConditionMatches(walk.schema, fragment.typeCondition?.name.value, runtimeType)) continue;
    if (completeSelections(walk, object, runtimeType, fragment.selectionSet, path, order)) return true;
  }
  return false;
}

function completeValue(walk: Walk, value: unknown, type: GraphQLOutputType, selectionSet: SelectionSetNode, path: Path): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner) && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (value[i] == null) continue;
      if (completeValue(walk, value[i], inner.ofType, selectionSet, [...path, i])) {
        if (isNonNullType(inner.ofType)) return true;
        value[i] = null;
      }
    }
    return false;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? completeObject(walk, value as ResponseObject, getNamedType(inner), selectionSet, path)
    : false;
}

/** Removes the gateway's bookkeeping aliases from the response. */
export function stripBookkeeping(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(stripBookkeeping);
  if (typeof value !== 'object' || value === null) return;
  for (const key of Object.keys(value)) {
    if (key.startsWith(RESERVED_ALIAS_PREFIX)) delete (value as ResponseObject)[key];
    else stripBookkeeping((value as ResponseObject)[key]);
  }
}

/**
 * Puts `null` back at every response path of a removed field, with normal null propagation (a
 * removed non-null field nulls its nearest nullable parent), and returns one FORBIDDEN_FIELD error
 * per path. `@include`/`@skip` are evaluated with the request's variables, fragments by the
 * object's runtime type, so errors appear exactly where the field would have been.
 */
export function restoreRemovedFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  data: ResponseObject | null | undefined,
  removed: ReadonlyMap<FieldNode, () => GraphQLError>,
): { data: ResponseObject | null; errors: GraphQLError[] } {
  const walk: Walk = { schema, fragments: fragmentsOf(document), variables: coercedVariables(schema, operation, variables), removed, originals: new Map(), errors: [] };
  if (!data) return { data: data ?? null, errors: walk.errors };
  const root = schema.getRootType(operation.operation);
  const nulled = removed.size > 0 && !!root && completeObject(walk, data, root, operation.selectionSet, []);
  return { data: nulled ? null : data, errors: walk.errors };
}
