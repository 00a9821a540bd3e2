import { readFileSync } from 'node:fs';
import { getOperationAST, parse, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../../gateway/limits/operationCost.ts';
import { apiSchemaOf } from '../../schema/apiSchema.ts';
import { SUPERGRAPH_FILE } from '../../schema/composeSupergraph.ts';

// The cost that stops nested lists from multiplying without end (issue 10): every field counts
// one, a list multiplies what it holds by its `first` (or 10 without one), fragments count where
// they are spread, and a fragment is costed once however often it is spread.
const schema: GraphQLSchema = apiSchemaOf(readFileSync(SUPERGRAPH_FILE, 'utf8'));
const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return operationCost(schema, document, getOperationAST(document)!, variables, 10);
};

describe('operationCost', () => {
  it('counts each field once, and a list field once plus its size times what each item holds', () => {
    expect(cost(`{ organisation(id: "x") { id name } }`)).toBe(3);
    expect(cost(`{ organisation(id: "x") { pupils(first: 20) { id } } }`)).toBe(1 + 1 + 20);
    // Without `first`, a list counts for the default size; a list of leaves holds that many values.
    expect(cost(`{ organisations { id } }`)).toBe(1 + 10);
    expect(cost(`{ organisations { id } }`)).toBe(cost(`{ organisations { name } }`));
  });

  it('multiplies nested lists, so that pupils of schools of pupils cost what their answer could hold', () => {
    const nested = `{ organisation(id: "x") { pupils(first: 20) { schoolEnrolment { school { pupils(first: 20) { id } } } } } }`;
    expect(cost(nested)).toBe(1 + 1 + 20 * (1 + 1 + 1 + 20));
  });

  it('takes `first` from a variable, from the variable default, and from the argument default', () => {
    const query = `query ($n: Int = 7) { organisation(id: "x") { pupils(first: $n) { id } } }`;
    expect(cost(query, { n: 30 })).toBe(2 + 30);
    expect(cost(query)).toBe(2 + 7);
    // The schema's default for `pupils(first:)` is 100.
    expect(cost(`{ organisation(id: "x") { pupils { id } } }`)).toBe(2 + 100);
  });

  it('counts a fragment where it is spread, as if written out', () => {
    const inline = `{ organisation(id: "x") { pupils(first: 5) { id schoolEnrolment { group } } } }`;
    const viaFragments = `{ organisation(id: "x") { ...P } } fragment P on Organisation { pupils(first: 5) { ...C } } fragment C on Child { id schoolEnrolment { group } }`;
    expect(cost(viaFragments)).toBe(cost(inline));
  });

  it('costs a long chain of nested fragments without expanding it (each fragment once)', () => {
    const chain = Array.from({ length: 200 }, (_, i) => `fragment F${i} on Organisation { pupils(first: 2) { schoolEnrolment { school { ${i < 199 ? `...F${i + 1}` : 'id'} } } } }`);
    // 2^200 values: the cost says "too many" at once, instead of walking 2^200 paths.
    expect(cost(`{ organisation(id: "x") { ...F0 } } ${chain.join(' ')}`)).toBeGreaterThan(1e60);
  });

  it('adds every type condition of an abstract type (an upper bound)', () => {
    expect(cost(`query ($id: ID!) { child(id: $id) { policeRegistrations { registeredOn ... on PoliceIncident { incidentType } } } }`, { id: 'x' })).toBe(1 + 1 + 10 * 2);
  });
});
