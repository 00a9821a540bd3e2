import { readFileSync } from 'node:fs';
import {
  getNullableType,
  getOperationAST,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  print,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { limitRules } from '../../gateway/limits/limitRules.ts';
import { operationCost } from '../../gateway/limits/operationCost.ts';
import { DEFAULT_OPERATION_LIMITS } from '../../gateway/limits/operationLimits.ts';
import { caseOverview, pointQuery, pupilList, thousandChildren } from '../../scripts/bench/workloads.ts';
import { apiSchemaOf } from '../../schema/apiSchema.ts';
import { SUPERGRAPH_FILE } from '../../schema/composeSupergraph.ts';
import { tokenCount } from '../harness/hostileRequests.ts';
import * as appOperations from '../../web/src/gql/graphql.ts';
import { LOG_PAGE_SIZE } from '../../web/src/screens/log/pageSize.ts';

// The limits' defaults must be ones a real front-end never meets: every query of the README's
// walkthrough, the bench's workloads (a case overview, a pupil list, a thousand children) and the
// web app's operations stays within half of each limit. (The test suite's own queries pass through
// the limits as they run.)
const schema = apiSchemaOf(readFileSync(SUPERGRAPH_FILE, 'utf8'));
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const readmeQueries = [...readme.matchAll(/(?:gql [A-Z_]+ [a-z-]+ [A-Z_]+ |Q=)"((?:mutation )?\{.*)"\)?(?: \|.*)?$/gm)].map((match) =>
  (match[1] ?? '').replace(/\\"/g, '"').replace(/\$[A-Z]+/g, 'x'),
);
const half = Object.fromEntries(Object.entries(DEFAULT_OPERATION_LIMITS).map(([key, value]) => [key, Math.floor(value / 2)])) as typeof DEFAULT_OPERATION_LIMITS;

/** A value for a variable as the app sends it: a page of the log's size, the first page, a value of every required input field. */
function sampleValue(name: string, type: GraphQLInputType): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [sampleValue(name, inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(Object.values(inner.getFields()).filter((field) => isNonNullType(field.type)).map((field) => [field.name, sampleValue(field.name, field.type)]));
  }
  if (inner.toString() === 'Int') return name === 'first' ? LOG_PAGE_SIZE : 0;
  return inner.toString() === 'Boolean' ? true : 'x';
}

const appDocuments = Object.entries(appOperations).filter(([name]) => name.endsWith('Document')) as [string, DocumentNode][];

describe('the default limits and real queries', () => {
  it('finds the README walkthrough queries', () => {
    expect(readmeQueries.length).toBeGreaterThanOrEqual(12);
  });

  it.each([...readmeQueries, caseOverview('x').query, pupilList.query, thousandChildren.query, pointQuery('x', '').query].map((query) => [query.slice(0, 70), query]))(
    'within half of every limit: %s',
    (_, query) => {
      const document = parse(query);
      expect(tokenCount(query)).toBeLessThanOrEqual(half.maxTokens);
      expect(validate(schema, document, limitRules(half)).map((error) => error.extensions.code)).toEqual([]);
      expect(operationCost(schema, document, getOperationAST(document)!, {}, DEFAULT_OPERATION_LIMITS.defaultListSize)).toBeLessThanOrEqual(half.maxCost);
    },
  );

  it('finds the web app operations', () => {
    expect(appDocuments.length).toBeGreaterThanOrEqual(30);
  });

  it.each(appDocuments)('within half of every limit: the web app operation %s', (_, document) => {
    const operation = getOperationAST(document)!;
    const variables = Object.fromEntries(
      (operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, sampleValue(definition.variable.name.value, typeFromAST(schema, definition.type as never) as GraphQLInputType)]),
    );
    expect(tokenCount(print(document))).toBeLessThanOrEqual(half.maxTokens);
    expect(validate(schema, document, limitRules(half)).map((error) => error.extensions.code)).toEqual([]);
    const cost = operationCost(schema, document, operation, variables, DEFAULT_OPERATION_LIMITS.defaultListSize);
    expect(cost).toBeGreaterThan(0);
    expect(cost).toBeLessThanOrEqual(half.maxCost);
  });
});
