import { parse, print, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { filterOperation, TYPE_ALIAS } from '../../gateway/operationFilter.ts';
import { restoreRemovedFields, stripBookkeeping } from '../../gateway/restoreRemovedFields.ts';
import type { Purpose, Role } from '../../schema/vocabulary.ts';
import { privacySchemaFor } from '../harness/privacySchemaFor.ts';

const TEST_ROOT = /* GraphQL */ `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@composeDirective"])
    @link(url: "https://ketengraaf.nl/privacy/v1.0", import: ["@privacy"])
    @composeDirective(name: "@privacy")
  type Query {
    child(id: ID!): Child @privacy(category: ORDINARY, basis: "test", roles: [SCHOOL_CARE_COORDINATOR, POLICE_OFFICER, VEILIG_THUIS_WORKER, CASE_DIRECTOR], purposes: [CASE_DISCUSSION, DATA_SUBJECT_ACCESS])
    children: [Child!] @privacy(category: ORDINARY, basis: "test", roles: [SCHOOL_CARE_COORDINATOR], purposes: [CASE_DISCUSSION])
    holder: Holder @privacy(category: PUBLIC, basis: "test")
    notes: [Note!] @privacy(category: ORDINARY, basis: "test", roles: [SCHOOL_CARE_COORDINATOR, POLICE_OFFICER], purposes: [CASE_DISCUSSION])
    vault: Vault @privacy(category: ORDINARY, basis: "test", roles: [SCHOOL_CARE_COORDINATOR, POLICE_OFFICER], purposes: [CASE_DISCUSSION])
  }
  type Holder { name: String undeclared: String }
  type Child @key(fields: "id") { id: ID! }
  interface Note { text: String }
  type OpenNote implements Note { text: String }
  type SealedNote implements Note { text: String @privacy(category: CRIMINAL, basis: "test", roles: [POLICE_OFFICER], purposes: [CASE_DISCUSSION]) }
  type Vault { label: String box: Box }
  type Box { size: Int code: String! @privacy(category: CRIMINAL, basis: "test", roles: [POLICE_OFFICER], purposes: [CASE_DISCUSSION]) }
`;
const privacy = privacySchemaFor(['school', 'veiligthuis', 'police'], { testroot: TEST_ROOT });
const caller = (role: Role, purpose: Purpose = 'CASE_DISCUSSION') => ({ role, purpose });

function filter(query: string, role: Role, purpose?: Purpose) {
  const document = parse(query);
  const result = filterOperation(privacy, document, caller(role, purpose));
  expect(validate(privacy.schema, result.document)).toEqual([]);
  return { ...result, printed: print(result.document), original: document };
}

describe('filterOperation removes what the role and purpose may not see, before planning', () => {
  it('removes a forbidden field under an alias and keeps the allowed one', () => {
    const { printed, removed } = filter(`{ child(id: "c") { a: schoolAbsences { date } b: veiligThuisContacts { __typename } } }`, 'SCHOOL_CARE_COORDINATOR');
    expect(printed).toContain('a: schoolAbsences');
    expect(printed).not.toContain('veiligThuisContacts');
    expect([...removed.values()].map((error) => error().extensions.field)).toEqual(['Child.veiligThuisContacts']);
  });

  it('filters inside named fragments, spread in several places, and prunes fragments left unused', () => {
    const { printed } = filter(
      `query { child(id: "c") { ...A } other: child(id: "d") { ...A } }
       fragment A on Child { schoolAbsences { date } policeRegistrations { ...B } }
       fragment B on PoliceRegistration { registeredOn }`,
      'SCHOOL_CARE_COORDINATOR',
    );
    expect(printed).not.toContain('policeRegistrations');
    expect(printed).not.toContain('fragment B');
    expect(printed).toContain('fragment A on Child');
  });

  it('removes a stricter field inside a union member (the Veilig Thuis reporter)', () => {
    const { printed } = filter(
      `{ child(id: "c") { veiligThuisContacts { ... on VeiligThuisReport { date reporter { organisationName } } } } }`,
      'VEILIG_THUIS_WORKER',
      'DATA_SUBJECT_ACCESS',
    );
    expect(printed).toContain('veiligThuisContacts');
    expect(printed).not.toContain('reporter');
  });

  it('removes a stricter field on one implementation of an interface, and the interface field when any implementation is stricter', () => {
    const police = filter(`{ child(id: "c") { policeRegistrations { registeredOn ... on PoliceIncident { childRole narrative } } } }`, 'CASE_DIRECTOR');
    expect(police.printed).toContain('childRole');
    expect(police.printed).not.toContain('narrative');
    const onInterface = filter(`{ notes { text } }`, 'SCHOOL_CARE_COORDINATOR');
    expect(onInterface.printed).not.toMatch(/\btext\b/);
    const onOpen = filter(`{ notes { ... on OpenNote { text } ... on SealedNote { text } } }`, 'SCHOOL_CARE_COORDINATOR');
    expect(onOpen.printed).toMatch(/on OpenNote \{\s*text/);
    expect(onOpen.printed).not.toMatch(/on SealedNote \{\s*text/);
  });

  it('denies a root field that declares no rule on an uncovered type (default deny)', () => {
    const { printed, removed } = filter(`{ holder { undeclared } child(id: "c") { id } }`, 'POLICE_OFFICER');
    expect(printed).not.toContain('undeclared');
    expect(printed).toContain('holder');
    expect([...removed.values()][0]?.().message).toMatch(/declares no release rule/);
  });

  it('drops variables only the removed fields used, in every operation of the document', () => {
    const { printed } = filter(
      `query A($with: Boolean!, $id: ID!) { child(id: $id) { schoolAbsences @include(if: $with) { date } } }
       query B($id: ID!) { child(id: $id) { id } }`,
      'POLICE_OFFICER',
    );
    expect(printed).not.toContain('$with');
    expect(printed).toContain('query A($id: ID!)');
  });
});

describe('restoreRemovedFields answers in the shape of the original query', () => {
  const restore = (query: string, role: Role, data: Record<string, unknown>, variables: Record<string, unknown> = {}) => {
    const { original, removed } = filter(query, role);
    const operation = original.definitions[0] as OperationDefinitionNode;
    const result = restoreRemovedFields(privacy.schema, original, operation, variables, data, removed);
    stripBookkeeping(result.data);
    return result;
  };

  it('puts null and a FORBIDDEN_FIELD error at every path, inside lists, by alias', () => {
    const data = { [TYPE_ALIAS]: 'Query', kids: [{ [TYPE_ALIAS]: 'Child', id: '1' }, { [TYPE_ALIAS]: 'Child', id: '2' }] };
    const result = restore(`{ kids: children { vt: veiligThuisContacts { __typename } id } }`, 'SCHOOL_CARE_COORDINATOR', data);
    expect(result.data).toEqual({ kids: [{ id: '1', vt: null }, { id: '2', vt: null }] });
    expect(Object.keys((result.data?.kids as object[])[0] ?? {})).toEqual(['vt', 'id']); // the query's order
    expect(result.errors.map((e) => e.path)).toEqual([['kids', 0, 'vt'], ['kids', 1, 'vt']]);
    expect(result.errors[0]?.extensions.code).toBe('FORBIDDEN_FIELD');
    expect(result.errors[0]?.message).toContain('not released to role SCHOOL_CARE_COORDINATOR for purpose CASE_DISCUSSION');
  });

  it('propagates null from a removed non-null field to the nearest nullable parent', () => {
    const data = { [TYPE_ALIAS]: 'Query', vault: { [TYPE_ALIAS]: 'Vault', label: 'L', box: { [TYPE_ALIAS]: 'Box', size: 3 } } };
    const result = restore(`{ vault { label box { size code } } }`, 'SCHOOL_CARE_COORDINATOR', data);
    expect(result.data).toEqual({ vault: { label: 'L', box: null } });
    expect(result.errors.map((e) => e.path)).toEqual([['vault', 'box', 'code']]);
  });

  it('honours @include with the request variables: no error where the field was not asked for', () => {
    const query = `query ($with: Boolean!) { child(id: "c") { id schoolAbsences @include(if: $with) { date } } }`;
    const data = () => ({ [TYPE_ALIAS]: 'Query', child: { [TYPE_ALIAS]: 'Child', id: 'c' } });
    expect(restore(query, 'POLICE_OFFICER', data(), { with: false })).toEqual({ data: { child: { id: 'c' } }, errors: [] });
    const asked = restore(query, 'POLICE_OFFICER', data(), { with: true });
    expect(asked.data).toEqual({ child: { id: 'c', schoolAbsences: null } });
    expect(asked.errors).toHaveLength(1);
  });
});
