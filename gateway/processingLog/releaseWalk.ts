import {
  Kind,
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type SelectionSetNode,
} from 'graphql';
import type { PolicyMap } from '../../schema/policy.ts';
import type { PrivacySchema } from '../fieldDecision.ts';
import { CHILD_ALIAS, TYPE_ALIAS } from '../operationFilter.ts';

/** Whose data a part of the response is: the hub pseudonym, or null when it is about no one child. */
export type Subject = string | null;
type Path = readonly (string | number)[];
type ResponseObject = Record<string, unknown>;

/** What the walk learns: released coordinates per subject, and who each visited field path concerns. */
export interface ReleaseWalk {
  released: Map<Subject, Set<string>>;
  /** Per response path of a visited field: its subject and schema coordinate (for withheld fields). */
  fields: Map<string, { subject: Subject; coordinate: string }>;
}

interface Walk extends ReleaseWalk {
  privacy: PrivacySchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

export const pathKey = (path: Path): string => JSON.stringify(path);

const included = (node: { directives?: FieldNode['directives'] }, variables: Record<string, unknown>) =>
  !getDirectiveValues(GraphQLSkipDirective, node, variables)?.if && getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;

const isProtectedBy = (policies: PolicyMap, coordinate: string) =>
  (policies.fields.get(coordinate) ?? []).some((rule) => rule.category !== 'PUBLIC');

/**
 * The coordinate whose rules protect a field of an object: its own, or the interface's it
 * implements when the rule is declared there. Null for a field no non-PUBLIC rule governs, which
 * (on a covered type) counts under the protected field that led to it.
 */
function protectingCoordinate(policies: PolicyMap, type: GraphQLObjectType, fieldName: string): string | null {
  for (const owner of [type, ...type.getInterfaces()]) {
    const coordinate = `${owner.name}.${fieldName}`;
    if (isProtectedBy(policies, coordinate)) return coordinate;
  }
  return null;
}

/** A root field that names its child by argument (`childId`, or `input.childId` of a mutation), as the kit's guard reads it. */
function childArgument(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Subject {
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

const childIdOf = (value: unknown): string | null => {
  const id = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as ResponseObject)[CHILD_ALIAS] : undefined;
  return typeof id === 'string' ? id : null;
};

/**
 * Whose object this is when no Child encloses it: a Child itself, or an object that names exactly
 * one child in a field of its own (a case's, signal's or handover's `child`), as far as the
 * response shows it. Never the root: `{ child(id:) … }` is not about that child as a whole.
 */
function ownChild(object: ResponseObject, isRoot: boolean): Subject {
  const own = childIdOf(object);
  if (own !== null || isRoot) return own;
  const named = new Set(Object.entries(object).flatMap(([key, value]) => (key === CHILD_ALIAS ? [] : [childIdOf(value)])).filter((id) => id !== null));
  return named.size === 1 ? [...named][0]! : null;
}

/** The children a value is about (a school's pupils, the children of one's cases), for a protected field outside any child. */
function childrenIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(childrenIn);
  const child = typeof value === 'object' && value !== null ? ownChild(value as ResponseObject, false) : null;
  return child === null ? [] : [child];
}

function release(walk: Walk, subject: Subject, coordinate: string): void {
  const set = walk.released.get(subject) ?? new Set<string>();
  set.add(coordinate);
  walk.released.set(subject, set);
}

function conditionMatches(walk: Walk, condition: string | undefined, runtime: GraphQLObjectType): boolean {
  if (!condition || condition === runtime.name) return true;
  const type = walk.privacy.schema.getType(condition);
  return !!type && isAbstractType(type) && walk.privacy.schema.isSubType(type, runtime);
}

function walkObject(walk: Walk, object: ResponseObject, selectionSet: SelectionSetNode, path: Path, inherited: Subject): void {
  const runtime = walk.privacy.schema.getType(String(object[TYPE_ALIAS]));
  if (!isObjectType(runtime)) return;
  // The nearest enclosing Child is whose data this is; else the child the object names.
  const subject = childIdOf(object) ?? inherited ?? ownChild(object, path.length === 0);
  for (const selection of selectionSet.selections) {
    if (!included(selection, walk.variables)) continue;
    if (selection.kind !== Kind.FIELD) {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.fragments.get(selection.name.value);
      if (fragment && conditionMatches(walk, fragment.typeCondition?.name.value, runtime)) walkObject(walk, object, fragment.selectionSet, path, subject);
      continue;
    }
    const field = runtime.getFields()[selection.name.value];
    if (!field) continue; // __typename and introspection describe the schema, not a person
    const key = selection.alias?.value ?? selection.name.value;
    const fieldPath = [...path, key];
    const fieldSubject = subject ?? childArgument(field, selection, walk.variables);
    const protecting = protectingCoordinate(walk.privacy.policies, runtime, field.name);
    walk.fields.set(pathKey(fieldPath), { subject: fieldSubject, coordinate: protecting ?? `${runtime.name}.${field.name}` });
    const value = object[key];
    if (value === null || value === undefined) continue;
    if (protecting) {
      const children = fieldSubject === null ? childrenIn(value) : [];
      if (children.length > 0) for (const child of children) release(walk, child, protecting);
      else release(walk, fieldSubject, protecting);
    }
    if (selection.selectionSet) walkValue(walk, value, selection.selectionSet, fieldPath, fieldSubject);
  }
}

function walkValue(walk: Walk, value: unknown, selectionSet: SelectionSetNode, path: Path, subject: Subject): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => item !== null && walkValue(walk, item, selectionSet, [...path, index], subject));
  } else if (typeof value === 'object' && value !== null) {
    walkObject(walk, value as ResponseObject, selectionSet, path, subject);
  }
}

/**
 * Walks a completed response along the original operation, as `restoreRemovedFields` does
 * (fragments by runtime type, `@include`/`@skip` with the request's variables), and collects per
 * child the protected fields that carry a value. It reads only types, keys and nullness, never a
 * value's content.
 */
export function walkRelease(
  privacy: PrivacySchema,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  selectionSet: SelectionSetNode,
  variables: Record<string, unknown>,
  data: ResponseObject | null,
): ReleaseWalk {
  const walk: Walk = { privacy, fragments, variables, released: new Map(), fields: new Map() };
  if (data) walkObject(walk, data, selectionSet, [], null);
  return { released: walk.released, fields: walk.fields };
}
