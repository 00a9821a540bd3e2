import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  getVariableValues,
  isAbstractType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * What every walk of a response along its operation needs (restoring removed fields, finding what
 * was released for the log): fragments by name, `@include`/`@skip`, type conditions, variables.
 */
export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** Whether `@skip`/`@include` keep a selection, with the request's variables. */
export const isIncluded = (node: { directives?: FieldNode['directives'] }, variables: Record<string, unknown>): boolean =>
  !getDirectiveValues(GraphQLSkipDirective, node, variables)?.if && getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;

/** Whether a fragment's type condition applies to an object of this runtime type. */
export function typeConditionMatches(schema: GraphQLSchema, condition: string | undefined, runtime: GraphQLObjectType): boolean {
  if (!condition || condition === runtime.name) return true;
  const type = schema.getType(condition);
  return !!type && isAbstractType(type) && schema.isSubType(type, runtime);
}

/** The request's variables with the operation's defaults applied (`$with: Boolean = true` sent without `with`). */
export function coercedVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  return getVariableValues(schema, operation.variableDefinitions ?? [], variables).coerced ?? variables;
}
