import { getNamedType, isInterfaceType, isObjectType, isUnionType, type GraphQLSchema } from 'graphql';
import type { PolicyMap } from './policy.ts';

/**
 * Types reachable only through fields that carry `@privacy` rules (e.g. `SchoolAbsence`, reached
 * only by `Child.schoolAbsences`). Their fields inherit the protection of the field that leads to
 * them, so they need no rules of their own. Every other type's fields need a rule, a public type,
 * or are denied (default deny). Decided from the schema alone, so a fragment means the same
 * wherever it is spread.
 */
export function coveredTypes(schema: GraphQLSchema, policies: PolicyMap): ReadonlySet<string> {
  const incoming = new Map<string, { parent: string; protectedField: boolean }[]>();
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t) => t).map((t) => t!.name));
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      const targets = [target.name];
      if (isUnionType(target) || isInterfaceType(target)) targets.push(...schema.getPossibleTypes(target).map((t) => t.name));
      // A PUBLIC rule says "not personal data": it protects nothing below it.
      const rules = policies.fields.get(`${type.name}.${field.name}`) ?? [];
      const edge = { parent: type.name, protectedField: rules.some((rule) => rule.category !== 'PUBLIC') };
      for (const name of targets) incoming.set(name, [...(incoming.get(name) ?? []), edge]);
    }
  }
  // Greatest fixpoint: start from "every non-root type is covered", remove any type that has an
  // unprotected way in from a root or an uncovered type, until nothing changes.
  const covered = new Set(
    Object.values(schema.getTypeMap())
      .filter((t) => (isObjectType(t) || isInterfaceType(t)) && !t.name.startsWith('__') && !roots.has(t.name))
      .map((t) => t.name),
  );
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of covered) {
      const ways = incoming.get(name) ?? [];
      if (ways.length === 0 || ways.some((way) => !way.protectedField && !covered.has(way.parent))) {
        covered.delete(name);
        changed = true;
      }
    }
  }
  return covered;
}
