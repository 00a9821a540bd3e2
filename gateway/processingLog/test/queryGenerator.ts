import {
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLCompositeType,
  type GraphQLSchema,
} from 'graphql';

/**
 * A selection of every field of a type, down to `depth` levels, with an inline fragment per
 * possible type of each interface or union: the widest question a client can ask, so the log
 * test covers every protected field of the composed schema. Fields with required arguments
 * and, past the depth, composite fields are left out.
 */
export function selectEverything(schema: GraphQLSchema, type: GraphQLCompositeType, depth: number): string {
  const parts: string[] = ['__typename'];
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
      const named = getNamedType(field.type);
      if (isLeafType(named)) parts.push(field.name);
      else if (depth > 1) parts.push(`${field.name} { ${selectEverything(schema, named, depth - 1)} }`);
    }
  }
  if (isAbstractType(type)) {
    for (const possible of schema.getPossibleTypes(type)) parts.push(`... on ${possible.name} { ${selectEverything(schema, possible, depth)} }`);
  }
  return parts.join(' ');
}
