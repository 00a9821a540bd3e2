import { getArgumentValues, type FieldNode, type GraphQLField } from 'graphql';
import { CHILD_ALIAS } from '../operationFilter.ts';

/**
 * Whose data a part of the response is (the data subject of a log record): the hub pseudonym,
 * or null when it is about no one child.
 */
export type Subject = string | null;
type ResponseObject = Record<string, unknown>;

/** A root field that names its child by argument (`childId`, or `input.childId` of a mutation), as the kit's guard reads it. */
export function childArgument(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Subject {
  if (!node.arguments?.length) return null;
  try {
    const args = getArgumentValues(field, node, variables);
    const input = (args.input ?? {}) as Record<string, unknown>;
    const childId = args.childId ?? input.childId;
    return typeof childId === 'string' ? childId : null;
  } catch {
    return null;
  }
}

export const childIdOf = (value: unknown): string | null => {
  const id = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as ResponseObject)[CHILD_ALIAS] : undefined;
  return typeof id === 'string' ? id : null;
};

/**
 * Whose object this is when no Child encloses it: a Child itself, or an object that names exactly
 * one child in a field of its own (a case's, signal's or handover's `child`), as far as the
 * response shows it. Never the root: `{ child(id:) … }` is not about that child as a whole.
 */
export function ownChild(object: ResponseObject, isRoot: boolean): Subject {
  const own = childIdOf(object);
  if (own !== null || isRoot) return own;
  const named = new Set(Object.entries(object).flatMap(([key, value]) => (key === CHILD_ALIAS ? [] : [childIdOf(value)])).filter((id) => id !== null));
  return named.size === 1 ? [...named][0]! : null;
}

/** The children a value is about at its top (a school's pupils, the children of one's cases). */
export function childrenIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(childrenIn);
  const child = typeof value === 'object' && value !== null ? ownChild(value as ResponseObject, false) : null;
  return child === null ? [] : [child];
}

/** Every child named anywhere inside a value (the children behind one's matches, under their signals). */
export function childrenBelow(value: unknown): string[] {
  if (Array.isArray(value)) return [...new Set(value.flatMap(childrenBelow))];
  if (typeof value !== 'object' || value === null) return [];
  const own = childIdOf(value);
  return [...new Set([...(own === null ? [] : [own]), ...Object.values(value as ResponseObject).flatMap(childrenBelow)])];
}
