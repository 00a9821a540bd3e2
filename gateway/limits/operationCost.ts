import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  typeFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The argument that bounds a list field of the hub's schema (`pupils(first: 20)`). */
const SIZE_ARGUMENT = 'first';

/**
 * An estimate of how many values the answer to `operation` can hold: every field counts one, and
 * a list field multiplies what is below it by its size: its `first` argument (written in the
 * document, from a variable, or the argument's default) or `defaultListSize` for a list that
 * takes none. Nested lists therefore multiply (20 pupils, each with a school of 20 pupils, ...),
 * which is what took the hub down (issue 10). graphql-armor's cost limit multiplies only by a
 * literal `first` and counts a list without one as a single object, so the hub keeps its own.
 *
 * A fragment's cost does not depend on where it is spread, so each is costed once and then
 * multiplied: 2,000 nested fragments cost 2,000 steps, not their expansion. Both branches of
 * `@include`/`@skip` count, and every type condition of an abstract type adds up: an upper bound.
 * Runs after validation (the document is valid and its fragments acyclic). Variables that do not
 * coerce cost nothing here: execution refuses them before anything is planned.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
  defaultListSize: number,
): number {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables, { maxErrors: 1 });
  if (coerced.errors) return 0;
  const variables = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentCosts = new Map<string, number>();

  const fieldDefinition = (parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
    if (parent === schema.getQueryType() && name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (parent === schema.getQueryType() && name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    return 'getFields' in parent ? parent.getFields()[name] : undefined;
  };

  /** How many items one list level of this field holds. */
  const listSize = (definition: GraphQLField<unknown, unknown>, node: FieldNode): number => {
    if (!definition.args.some((argument) => argument.name === SIZE_ARGUMENT)) return defaultListSize;
    const size = getArgumentValues(definition, node, variables)[SIZE_ARGUMENT];
    return typeof size === 'number' && size >= 0 ? size : defaultListSize;
  };

  /** The product of the sizes of every list wrapping the field's type (`[[T]]` counts twice). */
  const multiplier = (type: GraphQLOutputType, size: number): number => {
    let factor = 1;
    for (let inner = getNullableType(type); isListType(inner); inner = getNullableType(inner.ofType)) factor *= size;
    return factor;
  };

  const selectionSetCost = (type: GraphQLCompositeType, selectionSet: SelectionSetNode): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const definition = fieldDefinition(type, selection.name.value);
        if (!definition) continue;
        const named = getNamedType(definition.type);
        const factor = multiplier(definition.type, isListType(getNullableType(definition.type)) ? listSize(definition, selection) : 1);
        const below = selection.selectionSet && isCompositeType(named) ? selectionSetCost(named, selection.selectionSet) : 0;
        // A leaf (list) holds `factor` values; an object (list) is one value plus what each item holds.
        cost += selection.selectionSet ? 1 + factor * below : factor;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? typeFromAST(schema, selection.typeCondition) : type;
        cost += selectionSetCost(isCompositeType(condition) ? condition : type, selection.selectionSet);
      } else {
        cost += fragmentCost(selection.name.value);
      }
    }
    return cost;
  };

  const fragmentCost = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    // Marked before it is costed: a cycle (which validation refuses) would count nothing, not loop.
    fragmentCosts.set(name, 0);
    const fragment = fragments.get(name);
    const condition = fragment ? typeFromAST(schema, fragment.typeCondition) : undefined;
    const cost = fragment && isCompositeType(condition) ? selectionSetCost(condition, fragment.selectionSet) : 0;
    fragmentCosts.set(name, cost);
    return cost;
  };

  const root = schema.getRootType(operation.operation);
  return root ? selectionSetCost(root, operation.selectionSet) : 0;
}
