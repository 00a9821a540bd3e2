import { readFileSync } from 'node:fs';
import { getOperationAST, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { limitRules } from '../../gateway/limits/limitRules.ts';
import { operationCost } from '../../gateway/limits/operationCost.ts';
import { DEFAULT_OPERATION_LIMITS } from '../../gateway/limits/operationLimits.ts';
import { caseOverview, pointQuery, pupilList, thousandChildren } from '../../scripts/bench/workloads.ts';
import { apiSchemaOf } from '../../schema/apiSchema.ts';
import { SUPERGRAPH_FILE } from '../../schema/composeSupergraph.ts';
import { tokenCount } from '../harness/hostileRequests.ts';

// The limits' defaults must be ones a real front-end never meets: every query of the README's
// walkthrough and the bench's workloads (a case overview, a pupil list, a thousand children) stays
// within half of each limit. (The test suite's own queries pass through the limits as they run.)
const schema = apiSchemaOf(readFileSync(SUPERGRAPH_FILE, 'utf8'));
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const readmeQueries = [...readme.matchAll(/(?:gql [A-Z_]+ [a-z-]+ [A-Z_]+ |Q=)"((?:mutation )?\{.*)"\)?(?: \|.*)?$/gm)].map((match) =>
  (match[1] ?? '').replace(/\\"/g, '"').replace(/\$[A-Z]+/g, 'x'),
);
const half = Object.fromEntries(Object.entries(DEFAULT_OPERATION_LIMITS).map(([key, value]) => [key, Math.floor(value / 2)])) as typeof DEFAULT_OPERATION_LIMITS;

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
});
