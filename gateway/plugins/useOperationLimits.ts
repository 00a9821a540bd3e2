import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { validate, type DocumentNode, type GraphQLError } from 'graphql';
import { ErrorCode, hubError } from '../../schema/errors.ts';
import { introspectionOnly } from '../limits/introspectionOnly.ts';
import { limitRules } from '../limits/limitRules.ts';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from '../limits/operationLimits.ts';

export type DocumentLimitOptions = Partial<
  Pick<OperationLimits, 'maxTokens' | 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxDirectivesPerField' | 'maxIntrospectionDepth'>
>;

const tooLarge = (n: number) =>
  hubError(ErrorCode.OPERATION_TOO_LARGE, `The operation has more than ${n} tokens (names, punctuation and values), more than the hub parses in one request. Ask for fewer fields at once, or split the operation into several requests.`, { limit: n });

/**
 * The limits on the document itself, before anything else looks at it: tokens while it is parsed
 * (graphql-armor's max tokens, so a huge document is never built), then depth, aliases,
 * directives and fragment cycles in a validation pass of their own that runs before graphql-js's
 * rules, the privacy filter and the planner (an expensive standard rule never meets a hostile
 * document; the planner once spent 11 minutes expanding 2,000 nested fragments). Each refusal is
 * HTTP 400 with its own code and the limit it met (`limitRules`).
 *
 * Options: each of `OperationLimits` it names; the defaults are `DEFAULT_OPERATION_LIMITS`.
 */
export function useOperationLimits(options: DocumentLimitOptions = {}): GatewayPlugin {
  const limits = { ...DEFAULT_OPERATION_LIMITS, ...options };
  const tokens = maxTokensPlugin({
    n: limits.maxTokens,
    propagateOnRejection: false,
    onReject: [
      () => {
        throw tooLarge(limits.maxTokens);
      },
    ],
  });
  const rules = limitRules(limits);
  const schemaRules = limitRules({ ...limits, maxDepth: limits.maxIntrospectionDepth });
  // These limits do not depend on variables or the caller: once per parsed document (the engine
  // hands out one document object per query text) is enough.
  const checked = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  return {
    onParse: tokens.onParse,
    onValidate({ params: { schema, documentAST }, setResult }) {
      let errors = checked.get(documentAST);
      if (!errors) {
        errors = validate(schema, documentAST, introspectionOnly(documentAST) ? schemaRules : rules, { maxErrors: 10 });
        checked.set(documentAST, errors);
      }
      // The engine then skips graphql-js's own validation, and caches this answer for the document.
      if (errors.length > 0) setResult([...errors]);
    },
  };
}
