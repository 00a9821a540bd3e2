import { Kind, parse, print, type ObjectTypeDefinitionNode } from 'graphql';
import { readPolicies } from '../../schema/policy.ts';

/** Reads a subgraph's published `_service { sdl }` for contract tests. */
export function sdlContract(sdl: string) {
  const document = parse(sdl);
  const policies = readPolicies(document);
  const objects = document.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION);
  return {
    /** The `@key` field sets of a type, e.g. `['id']`. */
    keysOf: (typeName: string) =>
      objects
        .filter((o) => o.name.value === typeName)
        .flatMap((o) => o.directives ?? [])
        .filter((d) => d.name.value === 'key')
        .map((d) => print(d.arguments?.find((a) => a.name.value === 'fields')?.value ?? { kind: Kind.NULL }).replace(/"/g, '')),
    /** Fields of a type other than `id` that carry no `@privacy` rule. */
    fieldsWithoutRule: (typeName: string) =>
      objects
        .filter((o) => o.name.value === typeName)
        .flatMap((o) => o.fields ?? [])
        .map((f) => f.name.value)
        .filter((name) => name !== 'id' && !policies.fields.has(`${typeName}.${name}`)),
    fieldsOf: (typeName: string) => objects.filter((o) => o.name.value === typeName).flatMap((o) => (o.fields ?? []).map((f) => f.name.value)),
  };
}
