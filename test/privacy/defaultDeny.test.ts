import { readFileSync } from 'node:fs';
import { isInterfaceType, isNonNullType, isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSchemaOf } from '../../schema/apiSchema.ts';
import { SUPERGRAPH_FILE } from '../../schema/composeSupergraph.ts';
import { coveredTypes } from '../../schema/coveredTypes.ts';
import { fieldAccess } from '../../schema/decide.ts';
import { readPolicies } from '../../schema/policy.ts';

// Default deny, checked on the composed graph: a personal-data field without a rule would be
// released to nobody at run time, but it is a mistake in the schema, so the suite fails on it.
const sdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
const schema = apiSchemaOf(sdl);
const policies = readPolicies(parse(sdl));
const covered = coveredTypes(schema, policies);
const compositeTypes = Object.values(schema.getTypeMap()).filter(
  (type) => (isObjectType(type) || isInterfaceType(type)) && !type.name.startsWith('__'),
);

describe('the privacy directive covers every personal field of the supergraph', () => {
  it('has no field outside a public or covered type that declares no rule', () => {
    const undeclared = compositeTypes.flatMap((type) =>
      Object.keys((type as { getFields(): object }).getFields())
        .filter((field) => !covered.has(type.name) && fieldAccess(policies, type.name, field).kind === 'undeclared')
        .map((field) => `${type.name}.${field}`),
    );
    expect(undeclared).toEqual([]);
  });

  it('makes every protected field nullable, so a denial is a null and not a lost parent', () => {
    const nonNull = [...policies.fields.entries()]
      .filter(([, rules]) => rules.some((rule) => rule.category !== 'PUBLIC'))
      .map(([coordinate]) => coordinate)
      .filter((coordinate) => {
        const [typeName = '', fieldName = ''] = coordinate.split('.');
        const type = schema.getType(typeName);
        const field = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[fieldName] : undefined;
        return field !== undefined && isNonNullType(field.type);
      });
    expect(nonNull).toEqual([]);
  });

  it('protects every field of Child but its key, and names a legal basis citing an article in every rule', () => {
    const child = schema.getType('Child');
    if (!isObjectType(child)) throw new Error('the supergraph has no Child type');
    const unprotected = Object.keys(child.getFields()).filter((field) => field !== 'id' && !policies.fields.has(`Child.${field}`));
    expect(unprotected).toEqual([]);
    const vague = [...policies.fields.entries()].flatMap(([coordinate, rules]) =>
      rules.filter((rule) => rule.category !== 'PUBLIC' && !/art\.|artikel|§/i.test(rule.basis)).map(() => coordinate),
    );
    expect(vague).toEqual([]);
  });
});
