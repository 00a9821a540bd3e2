import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { NoFragmentCyclesRule, type ASTVisitor, type GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode, hubError } from '../../schema/errors.ts';
import type { OperationLimits } from './operationLimits.ts';

/**
 * The refusals of the document limits. Each says what the limit is and what to do, and none
 * repeats the document (field, alias or fragment names): the caller has it, the log does not need it.
 */
export const limitError = {
  tooDeep: (n: number) =>
    hubError(ErrorCode.OPERATION_TOO_DEEP, `The operation nests fields more than ${n} levels deep (fragments counted as written out), more than the hub answers in one request. Ask for fewer levels, and fetch what lies deeper with a separate query from its own id.`, { limit: n }),
  tooManyAliases: (n: number) =>
    hubError(ErrorCode.TOO_MANY_ALIASES, `The operation uses more than ${n} aliases, more than the hub answers in one request. Ask for the same field once, or split the operation into several requests.`, { limit: n }),
  tooManyDirectives: (n: number) =>
    hubError(ErrorCode.TOO_MANY_DIRECTIVES, `The operation carries more than ${n} directives, more than the hub accepts in one request. Remove repeated @include/@skip directives.`, { limit: n }),
  tooManyDirectivesOnField: (n: number) =>
    hubError(ErrorCode.TOO_MANY_DIRECTIVES, `A field or fragment of the operation carries more than ${n} directives, more than the hub accepts on one. Remove repeated @include/@skip directives.`, { limit: n, per: 'field' }),
  fragmentCycle: () =>
    hubError(ErrorCode.FRAGMENT_CYCLE, 'A fragment of the operation spreads itself, directly or through other fragments, so the operation never ends. Remove the spread that closes the cycle.'),
};

/** A rule of graphql-js, with its error replaced by the hub's (once per document). */
function withError(rule: ValidationRule, error: () => GraphQLError): ValidationRule {
  return (context) => {
    let reported = false;
    const report = () => {
      if (!reported) context.reportError(error());
      reported = true;
    };
    // The rule sees the context as it is, except that what it reports becomes the hub's error.
    return rule(Object.create(context, { reportError: { value: report } }) as ValidationContext);
  };
}

/** Refuses a field, fragment spread or inline fragment that carries more than `n` directives. */
function maxDirectivesPerFieldRule(n: number): ValidationRule {
  return (context): ASTVisitor => {
    let reported = false;
    const check = (node: { directives?: readonly unknown[] }) => {
      if (!reported && (node.directives?.length ?? 0) > n) {
        reported = true;
        context.reportError(limitError.tooManyDirectivesOnField(n));
      }
    };
    return { Field: check, FragmentSpread: check, InlineFragment: check };
  };
}

/**
 * The validation rules of the document limits, run as their own pass before graphql-js's own
 * rules (`useOperationLimits`): depth, aliases and directives per operation are graphql-armor's
 * (MIT), which count through fragments and remember each fragment's count, so that nested or
 * cyclic fragments cost one step each; the fragment cycle rule is graphql-js's own. Introspection
 * counts like any other field: its types nest without end too.
 */
export function limitRules(limits: Pick<OperationLimits, 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxDirectivesPerField'>): ValidationRule[] {
  // graphql-armor throws its own "Syntax Error: ..." unless told not to; the hub reports its own.
  const refuse = (error: () => GraphQLError) => ({
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null) => context?.reportError(error())],
  });
  return [
    withError(NoFragmentCyclesRule, limitError.fragmentCycle),
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: false, ...refuse(() => limitError.tooDeep(limits.maxDepth)) }),
    // `__typename` under an alias is free (graphql-armor's default allow list); the hub adds its own, after this.
    maxAliasesRule({ n: limits.maxAliases, ...refuse(() => limitError.tooManyAliases(limits.maxAliases)) }),
    maxDirectivesRule({ n: limits.maxDirectives, ...refuse(() => limitError.tooManyDirectives(limits.maxDirectives)) }),
    maxDirectivesPerFieldRule(limits.maxDirectivesPerField),
  ];
}
