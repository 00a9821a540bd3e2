import { isAbstractType, type GraphQLCompositeType, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { Caller } from '../schema/caller.ts';
import { fieldAccess, rulesFor } from '../schema/decide.ts';
import { forbiddenByRole } from '../schema/forbiddenField.ts';
import type { PolicyMap } from '../schema/policy.ts';

/** The supergraph's privacy policy, read once per schema load. */
export interface PrivacySchema {
  /** The API schema clients query. */
  schema: GraphQLSchema;
  policies: PolicyMap;
  /** Types reachable only through protected fields (see `coveredTypes`). */
  covered: ReadonlySet<string>;
}

export type FieldDecision = { allowed: true } | { allowed: false; error: () => GraphQLError };

/**
 * Whether the caller's role and purpose may see `fieldName` on `parentType` at all. On an
 * interface or union the field must be allowed on every possible type, as Apollo Router does:
 * a selection on the abstract type would otherwise fetch a stricter implementation's field.
 */
export function decideField(
  privacy: PrivacySchema,
  parentType: GraphQLCompositeType,
  fieldName: string,
  caller: Pick<Caller, 'role' | 'purpose'>,
): FieldDecision {
  if (fieldName.startsWith('__')) return { allowed: true };
  const types = isAbstractType(parentType) ? [parentType, ...privacy.schema.getPossibleTypes(parentType)] : [parentType];
  for (const type of types) {
    const coordinate = `${type.name}.${fieldName}`;
    const access = fieldAccess(privacy.policies, type.name, fieldName);
    if (access.kind === 'public') continue;
    if (access.kind === 'undeclared') {
      if (privacy.covered.has(type.name) || !('getFields' in type) || !(fieldName in type.getFields())) continue;
      return { allowed: false, error: () => forbiddenByRole(coordinate, caller, null) };
    }
    if (rulesFor(access.rules, caller).length === 0) {
      return { allowed: false, error: () => forbiddenByRole(coordinate, caller, access.rules) };
    }
  }
  return { allowed: true };
}
