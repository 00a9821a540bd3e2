import {
  Kind,
  getNamedType,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type SelectionSetNode,
} from 'graphql';
import type { PolicyMap } from '../../schema/policy.ts';
import type { PrivacySchema } from '../fieldDecision.ts';
import { isIncluded, typeConditionMatches } from '../operationWalking.ts';
import { runtimeTypeOf } from '../runtimeType.ts';
import { childArgument, childIdOf, childrenBelow, childrenIn, ownChild, type Subject } from './releaseSubject.ts';

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

function release(walk: Walk, subject: Subject, coordinate: string): void {
  const set = walk.released.get(subject) ?? new Set<string>();
  set.add(coordinate);
  walk.released.set(subject, set);
}

function walkObject(walk: Walk, object: ResponseObject, type: GraphQLNamedType, selectionSet: SelectionSetNode, path: Path, inherited: Subject): void {
  const runtime = runtimeTypeOf(walk.privacy.schema, type, object);
  if (!runtime) return;
  // The nearest enclosing Child is whose data this is; else the child the object names.
  const subject = childIdOf(object) ?? inherited ?? ownChild(object, path.length === 0);
  for (const selection of selectionSet.selections) {
    if (!isIncluded(selection, walk.variables)) continue;
    if (selection.kind !== Kind.FIELD) {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.fragments.get(selection.name.value);
      if (fragment && typeConditionMatches(walk.privacy.schema, fragment.typeCondition?.name.value, runtime)) walkObject(walk, object, runtime, fragment.selectionSet, path, subject);
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
      // A field outside any child is about every child it names, however deep (one's matches name
      // their children under the signals); inside a child, also about the other children it lists
      // (a school's pupils reached through one pupil's enrolment).
      const children = fieldSubject === null ? childrenBelow(value) : childrenIn(value).filter((child) => child !== fieldSubject);
      if (fieldSubject !== null || children.length === 0) release(walk, fieldSubject, protecting);
      for (const child of children) release(walk, child, protecting);
    }
    if (selection.selectionSet) walkValue(walk, value, getNamedType(field.type), selection.selectionSet, fieldPath, fieldSubject);
  }
}

function walkValue(walk: Walk, value: unknown, type: GraphQLNamedType, selectionSet: SelectionSetNode, path: Path, subject: Subject): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => item !== null && walkValue(walk, item, type, selectionSet, [...path, index], subject));
  } else if (typeof value === 'object' && value !== null) {
    walkObject(walk, value as ResponseObject, type, selectionSet, path, subject);
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
  /** The operation's root type (Query or Mutation). */
  root: GraphQLObjectType | null | undefined,
): ReleaseWalk {
  const walk: Walk = { privacy, fragments, variables, released: new Map(), fields: new Map() };
  if (data && root) walkObject(walk, data, root, selectionSet, [], null);
  return { released: walk.released, fields: walk.fields };
}
