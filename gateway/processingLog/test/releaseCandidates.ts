import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { Purpose, Role } from '../../../schema/vocabulary.ts';
import { privacySchemaFor } from '../../../test/harness/privacySchemaFor.ts';
import { filterOperation } from '../../operationFilter.ts';
import type { ReleaseCandidate } from '../../releaseCandidate.ts';
import { restoreRemovedFields } from '../../restoreRemovedFields.ts';
import { syntheticResponse } from './syntheticResponse.ts';

/** A root for gateway-level tests: the composed partner subgraphs have no Query type of their own. */
const TEST_ROOT = /* GraphQL */ `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@composeDirective"])
    @link(url: "https://ketengraaf.nl/privacy/v1.0", import: ["@privacy"])
    @composeDirective(name: "@privacy")
  type Query {
    child(id: ID!): Child @privacy(category: PUBLIC, basis: "test root: a pseudonym alone")
    children: [Child!] @privacy(category: PUBLIC, basis: "test root")
    childNotes(childId: ID!): [String!] @privacy(category: ORDINARY, basis: "test", roles: [PRIVACY_OFFICER], purposes: [DATA_SUBJECT_ACCESS])
    caseNotes: [CaseNote!] @privacy(category: SPECIAL_CATEGORY, basis: "test", roles: [CASE_DIRECTOR, POLICE_OFFICER], purposes: [CASE_DISCUSSION])
  }
  type Child @key(fields: "id") { id: ID! }
  "About one child, named in its own field, as the casus subgraph's cases, signals and handovers are."
  type CaseNote {
    child: Child
    text: String @privacy(category: SPECIAL_CATEGORY, basis: "test", roles: [CASE_DIRECTOR], purposes: [CASE_DISCUSSION])
  }
`;

/** The committed partner subgraphs plus the test root, composed as the gateway would. */
export const testPrivacy = privacySchemaFor(['school', 'childcare', 'veiligthuis', 'police'], { testroot: TEST_ROOT });
export const TEST_CHILDREN = Array.from({ length: 60 }, (_, i) => `ch_${String(i).padStart(27, '0')}`);
export const TEST_TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

/**
 * What the gateway hands the observer for `query` by this role and purpose: the operation is
 * filtered as the gateway filters it, the subgraphs' answer is synthetic (seeded), and removed
 * fields are restored with their FORBIDDEN_FIELD errors.
 */
export function releaseCandidate(query: string, role: Role, purpose: Purpose, seed: number, variables: Record<string, unknown> = {}): ReleaseCandidate {
  const privacy = testPrivacy;
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const filtered = filterOperation(privacy, document, { role, purpose });
  const filteredOperation = filtered.document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = new Map(filtered.document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const response = syntheticResponse(privacy.schema, privacy.policies, fragments, filteredOperation.selectionSet, seed, TEST_CHILDREN);
  const restored = restoreRemovedFields(privacy.schema, document, operation, variables, response.data, filtered.removed);
  const caller = { professional: `p-${role}`, organisation: 'school-esdoorn', role, purpose, traceparent: TEST_TRACEPARENT };
  return { context: { caller }, privacy, document, operation, variables, data: restored.data, errors: [...restored.errors, ...response.errors] };
}
