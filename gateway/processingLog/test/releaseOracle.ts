import { getNamedType, isObjectType, type GraphQLError, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import type { PolicyMap } from '../../../schema/policy.ts';
import { CHILD_ALIAS } from '../../operationFilter.ts';
import { runtimeTypeOf } from '../../runtimeType.ts';

type Sets = Map<string | null, Set<string>>;
const add = (sets: Sets, subject: string | null, coordinate: string) => sets.set(subject, (sets.get(subject) ?? new Set()).add(coordinate));
const childOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[CHILD_ALIAS] : undefined);
/** A Child's pseudonym, or the pseudonym in the first field of the object holding a Child (a case's child). */
const aboutChild = (value: unknown, isRoot = false): string | undefined => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const own = childOf(value);
  if (typeof own === 'string') return own;
  if (isRoot) return undefined;
  const named = new Set(Object.values(value).map(childOf).filter((c): c is string => typeof c === 'string'));
  return named.size === 1 ? [...named][0] : undefined;
};

/** Every child pseudonym anywhere inside a value. */
const namedBelow = (value: unknown): string[] => {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v !== 'object' || v === null) return;
    const own = childOf(v);
    if (typeof own === 'string') found.add(own);
    Object.values(v).forEach(walk);
  };
  walk(value);
  return [...found];
};

/**
 * The expected log, computed another way than the gateway does: from the response and the schema
 * alone (for queries without aliases, where a key is the field's name), not from the operation. Released:
 * every non-null value of a field with a non-PUBLIC rule, under the nearest enclosing child.
 * Withheld: every FORBIDDEN_FIELD error, under the nearest child on its path.
 */
export function expectedLog(schema: GraphQLSchema, policies: PolicyMap, data: unknown, errors: readonly GraphQLError[]) {
  const released: Sets = new Map();
  const withheld: Sets = new Map();
  const protecting = (typeName: string, field: string) => {
    const type = schema.getType(typeName);
    const owners = isObjectType(type) ? [type.name, ...type.getInterfaces().map((i) => i.name)] : [typeName];
    return owners.map((owner) => `${owner}.${field}`).find((c) => (policies.fields.get(c) ?? []).some((r) => r.category !== 'PUBLIC')) ?? null;
  };
  const visit = (value: unknown, type: GraphQLNamedType, subject: string | null, isRoot = false): void => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, type, subject));
    if (typeof value !== 'object' || value === null) return;
    const object = value as Record<string, unknown>;
    const runtime = runtimeTypeOf(schema, type, object);
    if (!runtime) return;
    const here = (typeof object[CHILD_ALIAS] === 'string' ? (object[CHILD_ALIAS] as string) : subject) ?? aboutChild(object, isRoot) ?? null;
    for (const [key, item] of Object.entries(object)) {
      if (key.startsWith('kg__') || key === '__typename' || item === null) continue;
      const field = runtime.getFields()[key];
      if (!field) continue;
      const coordinate = protecting(runtime.name, key);
      if (coordinate) {
        // Outside any child: every child the value names, at any depth. Inside one: that child,
        // and the other children the value lists at its top (pupils reached through a pupil).
        const top = (Array.isArray(item) ? item : [item]).map((entry) => aboutChild(entry)).filter((c): c is string => typeof c === 'string');
        const children = here === null ? namedBelow(item) : top.filter((child) => child !== here);
        if (here !== null || children.length === 0) add(released, here, coordinate);
        children.forEach((child) => add(released, child, coordinate));
      }
      visit(item, getNamedType(field.type), here);
    }
  };
  const root = schema.getQueryType();
  if (root) visit(data, root, null, true);
  for (const error of errors) {
    if (error.extensions?.code !== 'FORBIDDEN_FIELD' || !error.path) continue;
    let subject: string | null = null;
    let at: unknown = data;
    for (const step of error.path.slice(0, -1)) {
      if (typeof at !== 'object' || at === null) break;
      at = (at as Record<string | number, unknown>)[step];
      const child: unknown = childOf(at) ?? (subject === null ? aboutChild(at) : undefined);
      if (typeof child === 'string') subject = child;
    }
    add(withheld, subject, String(error.extensions.field));
  }
  return { released, withheld };
}
