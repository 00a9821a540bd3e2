import type { Caller } from './caller.ts';
import { purposesFor } from './decide.ts';
import { ErrorCode, hubError } from './errors.ts';
import type { ReleaseRule } from './policy.ts';

/**
 * The FORBIDDEN_FIELD error, worded the same at the gateway and at every subgraph. It names what
 * grant is missing, so the caller can act, and never the data nor the child's facts.
 */
export function forbiddenByRole(coordinate: string, caller: Pick<Caller, 'role' | 'purpose'>, rules: readonly ReleaseRule[] | null) {
  if (rules === null) {
    return hubError(ErrorCode.FORBIDDEN_FIELD, `${coordinate} declares no release rule, so it is released to nobody.`, {
      field: coordinate,
    });
  }
  const purposes = purposesFor(rules, caller.role);
  const hint =
    purposes.length > 0
      ? ` Your role may see it for purpose ${purposes.join(' or ')}.`
      : ' Your role may not see it for any purpose.';
  return hubError(
    ErrorCode.FORBIDDEN_FIELD,
    `${coordinate} is not released to role ${caller.role} for purpose ${caller.purpose}.${hint}`,
    { field: coordinate, releasedForPurposes: purposes },
  );
}

export function forbiddenForChild(coordinate: string, requirement: string) {
  return hubError(ErrorCode.FORBIDDEN_FIELD, `${coordinate} is not released here: it requires ${requirement}.`, {
    field: coordinate,
  });
}
