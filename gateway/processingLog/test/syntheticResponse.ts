import {
  Kind,
  getNamedType,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  GraphQLError,
} from 'graphql';
import { CHILD_ALIAS, TYPE_ALIAS } from '../../operationFilter.ts';
import type { PolicyMap } from '../../../schema/policy.ts';
import { mulberry32 } from '../../../demo/synthetic/random.ts';

/** A value no log record may ever hold: the test searches the records for it. */
export const CONTENT_MARKER = 'CONTENT-7f3a';

type Random = () => number;


interface Generation {
  schema: GraphQLSchema;
  policies: PolicyMap;
  fragments: Map<string, FragmentDefinitionNode>;
  random: Random;
  children: readonly string[];
  /** Every Child object is another child, so a field withheld for one is never released for the same one elsewhere. */
  nextChild: number;
  /** Per-child denials a subgraph would add (FORBIDDEN_FIELD at a Child field it may not release). */
  errors: GraphQLError[];
}

function collect(generation: Generation, runtime: GraphQLObjectType, selectionSet: SelectionSetNode, into = new Map<string, FieldNode[]>()) {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      into.set(key, [...(into.get(key) ?? []), selection]);
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : generation.fragments.get(selection.name.value);
    const condition = fragment?.typeCondition?.name.value;
    const type = condition ? generation.schema.getType(condition) : runtime;
    const matches = type === runtime || (!!type && isAbstractType(type) && generation.schema.isSubType(type, runtime));
    if (fragment && matches) collect(generation, runtime, fragment.selectionSet, into);
  }
  return into;
}

const leaf = (generation: Generation, type: GraphQLOutputType): unknown => {
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]?.value;
  if (named.name === 'Int') return 7;
  if (named.name === 'Float') return 7.5;
  if (named.name === 'Boolean') return true;
  return `${CONTENT_MARKER}-${Math.floor(generation.random() * 1000)}`;
};

function value(generation: Generation, type: GraphQLOutputType, nodes: FieldNode[], path: (string | number)[]): unknown {
  const nullable = !isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (nullable && generation.random() < 0.15) return null;
  if (isListType(inner)) {
    const length = Math.floor(generation.random() * 3);
    return Array.from({ length }, (_, index) => value(generation, inner.ofType, nodes, [...path, index]));
  }
  const named = getNamedType(inner);
  const selections = nodes.flatMap((node) => node.selectionSet?.selections ?? []);
  if (selections.length === 0) return leaf(generation, inner);
  const candidates = isAbstractType(named) ? generation.schema.getPossibleTypes(named) : isObjectType(named) ? [named] : [];
  const runtime = candidates[Math.floor(generation.random() * candidates.length)];
  if (!runtime) return null;
  return object(generation, runtime, { kind: Kind.SELECTION_SET, selections }, path);
}

function object(generation: Generation, runtime: GraphQLObjectType, selectionSet: SelectionSetNode, path: (string | number)[]) {
  const result: Record<string, unknown> = {};
  const childId = runtime.name === 'Child' ? generation.children[generation.nextChild++ % generation.children.length] : undefined;
  for (const [key, nodes] of collect(generation, runtime, selectionSet)) {
    const name = nodes[0]!.name.value;
    if (name === '__typename') result[key] = runtime.name;
    else if (key === CHILD_ALIAS || (runtime.name === 'Child' && name === 'id')) result[key] = childId;
    else {
      const field = runtime.getFields()[name];
      if (!field) continue;
      const coordinate = `${runtime.name}.${name}`;
      // The subgraph's guard withholds a Child field for this one child now and then.
      if (runtime.name === 'Child' && generation.policies.fields.has(coordinate) && !isNonNullType(field.type) && generation.random() < 0.15) {
        result[key] = null;
        generation.errors.push(new GraphQLError(`${coordinate} is not released here.`, { path: [...path, key], extensions: { code: 'FORBIDDEN_FIELD', field: coordinate } }));
      } else result[key] = value(generation, field.type, nodes, [...path, key]);
    }
  }
  if (TYPE_ALIAS in result) result[TYPE_ALIAS] = runtime.name;
  return result;
}

/**
 * What the subgraphs could answer to a filtered document: random values of the right types and
 * nullability (strings carry CONTENT_MARKER), children drawn from `children`, plus FORBIDDEN_FIELD
 * errors where a subgraph withheld a Child field for one child.
 */
export function syntheticResponse(
  schema: GraphQLSchema,
  policies: PolicyMap,
  fragments: Map<string, FragmentDefinitionNode>,
  selectionSet: SelectionSetNode,
  seed: number,
  children: readonly string[],
): { data: Record<string, unknown>; errors: GraphQLError[] } {
  const generation: Generation = { schema, policies, fragments, random: mulberry32(seed), children, nextChild: 0, errors: [] };
  const query = schema.getQueryType();
  if (!query) throw new Error('the schema has no Query type');
  return { data: object(generation, query, selectionSet, []), errors: generation.errors };
}
