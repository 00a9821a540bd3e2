import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST } from 'graphql';
import { ErrorCode, hubError } from '../../schema/errors.ts';
import { introspectionOnly } from '../limits/introspectionOnly.ts';
import { operationCost } from '../limits/operationCost.ts';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from '../limits/operationLimits.ts';

export type CostLimitOptions = Partial<Pick<OperationLimits, 'maxCost' | 'defaultListSize' | 'maxIntrospectionCost'>>;

const tooCostly = (maxCost: number, defaultListSize: number) =>
  hubError(
    ErrorCode.OPERATION_TOO_COSTLY,
    `The answer to this operation could hold more than ${maxCost} values (each field counts one, and a list multiplies what it holds by its \`first\` argument, or by ${defaultListSize} without one), more than the hub gives in one request. Ask for smaller pages with \`first\`, fewer nested lists, or split the operation.`,
    { limit: maxCost },
  );

/**
 * Refuses an operation whose answer could hold more than `maxCost` values (`operationCost`:
 * nested lists multiply), before the privacy filter and the planner see it. It runs when the
 * operation is about to execute, not in validation, because a list's size may come from a
 * variable, and the engine caches validation per document, not per request. HTTP 400 with
 * OPERATION_TOO_COSTLY.
 *
 * Options: each of `OperationLimits` it names; the defaults are `DEFAULT_OPERATION_LIMITS`.
 */
export function useCostLimit(options: CostLimitOptions = {}): GatewayPlugin {
  const { maxCost, defaultListSize, maxIntrospectionCost } = { ...DEFAULT_OPERATION_LIMITS, ...options };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const cost = operationCost(args.schema, args.document, operation, (args.variableValues ?? {}) as Record<string, unknown>, defaultListSize);
      const budget = introspectionOnly(args.document) ? maxIntrospectionCost : maxCost;
      if (cost > budget) setResultAndStopExecution({ errors: [tooCostly(budget, defaultListSize)] });
    },
  };
}
