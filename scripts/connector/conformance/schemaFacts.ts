import { Kind, parse, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import { covenantOrganisations, type CovenantOrganisation } from '../../../schema/covenant.ts';
import { readPolicies, type PolicyMap, type ReleaseRule } from '../../../schema/policy.ts';
import { ROLE_ORGANISATION_TYPES } from '../../../schema/roleOrganisations.ts';
import type { Role } from '../../../schema/vocabulary.ts';

/** What the suite reads from the subgraph's own `_service { sdl }`: its `Child` fields and their rules. */
export interface SchemaFacts {
  sdl: string;
  policies: PolicyMap;
  /** `Child` fields other than `id`, each with a selection that asks for all of it. */
  childFields: { name: string; selection: string }[];
  /** Roles that some rule releases on `OWN_ORGANISATION`: who holds records here. */
  holderRoles: Role[];
  /** Covenant organisations of the holder roles' kinds: who may hold a child's record here. */
  holderOrganisations: CovenantOrganisation[];
  /** `Child` and `Organisation` fields but `id` that carry no rule: released to nobody, a mistake in the schema. */
  unruled: string[];
  /** Whether the subgraph resolves `Organisation` entities too. */
  hasOrganisation: boolean;
}

/** A selection of every field of a type, down to leaves (fragments for abstract types). */
function selectionOf(typeName: string, objects: Map<string, ObjectTypeDefinitionNode>, document: ReturnType<typeof parse>, depth = 0): string {
  const object = objects.get(typeName);
  if (!object) {
    const abstract = document.definitions.find((d) => (d.kind === Kind.UNION_TYPE_DEFINITION || d.kind === Kind.INTERFACE_TYPE_DEFINITION) && d.name.value === typeName);
    if (!abstract) return '';
    const members = abstract.kind === Kind.UNION_TYPE_DEFINITION ? (abstract.types ?? []).map((t) => t.name.value) : [...objects.values()].filter((o) => o.interfaces?.some((i) => i.name.value === typeName)).map((o) => o.name.value);
    return `{ __typename ${members.map((m) => `... on ${m} ${selectionOf(m, objects, document, depth + 1)}`).join(' ')} }`;
  }
  if (depth > 4 || typeName === 'Child' || typeName === 'Organisation') return '{ id }';
  const fields = (object.fields ?? []).map((field) => {
    let type = field.type;
    while (type.kind !== Kind.NAMED_TYPE) type = type.type;
    return `${field.name.value} ${selectionOf(type.name.value, objects, document, depth + 1)}`;
  });
  return `{ ${fields.join(' ')} }`;
}

export function schemaFacts(sdl: string): SchemaFacts {
  const document = parse(sdl);
  const policies = readPolicies(document);
  const objects = new Map(document.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION).map((o) => [o.name.value, o]));
  // Types and their extensions alike: `extend type Child { … }` adds fields too.
  const objectsNamed = (name: string) =>
    document.definitions.filter((d): d is ObjectTypeDefinitionNode | ObjectTypeExtensionNode => (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === name);
  const child = objectsNamed('Child').flatMap((d) => d.fields ?? []);
  const childFields = child
    .filter((field) => field.name.value !== 'id' && !(field.arguments ?? []).some((a) => a.type.kind === Kind.NON_NULL_TYPE && !a.defaultValue))
    .map((field) => {
      let type = field.type;
      while (type.kind !== Kind.NAMED_TYPE) type = type.type;
      return { name: field.name.value, selection: `${field.name.value} ${selectionOf(type.name.value, objects, document, 1)}`.trim() };
    });
  const rules: ReleaseRule[] = [...policies.fields.values()].flat();
  const holderRoles = [...new Set(rules.filter((rule) => rule.when.includes('OWN_ORGANISATION')).flatMap((rule) => rule.roles))];
  const types = new Set(holderRoles.flatMap((role) => ROLE_ORGANISATION_TYPES[role]));
  const unruled = [...objectsNamed('Child'), ...objectsNamed('Organisation')]
    .flatMap((d) => (d.fields ?? []).map((field) => `${d.name.value}.${field.name.value}`))
    .filter((coordinate) => !coordinate.endsWith('.id') && !policies.fields.has(coordinate));
  return { sdl, policies, childFields, holderRoles, holderOrganisations: covenantOrganisations().filter((org) => types.has(org.type)), unruled, hasOrganisation: objectsNamed('Organisation').length > 0 };
}
