import { readFileSync } from 'node:fs';
import type { ApolloGateway } from '@apollo/gateway';
import { Supergraph } from '@apollo/federation-internals';
import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PrivacyGateway } from '../../gateway/privacyGateway.ts';
import { CHILD_ALIAS, TYPE_ALIAS } from '../../gateway/operationFilter.ts';
import { SUPERGRAPH_FILE } from '../../schema/composeSupergraph.ts';

// Regression: filter results were cached by query text, but they point at the field nodes of the
// first parse. When Apollo's document cache evicted a document and parsed the same text again,
// the removed field was no longer recognised: its null and FORBIDDEN_FIELD error went missing from
// the answer, and the processing log recorded the request as fully released.
const sdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
const apiSchema = Supergraph.build(sdl, { supportedFeatures: null }).apiSchema().toGraphQLJSSchema();

const executed: string[] = [];
const innerExecutor: GatewayExecutor = async (requestContext) => {
  executed.push(requestContext.queryHash);
  return { data: { [TYPE_ALIAS]: 'Query', child: { [TYPE_ALIAS]: 'Child', [CHILD_ALIAS]: 'ch_x', id: 'ch_x' } } };
};
const inner = {
  onSchemaLoadOrUpdate: (callback: (schema: { apiSchema: typeof apiSchema; coreSupergraphSdl: string }) => void) => {
    callback({ apiSchema, coreSupergraphSdl: sdl });
    return () => undefined;
  },
  load: async () => ({ executor: innerExecutor }),
  stop: async () => undefined,
} as unknown as ApolloGateway;

const QUERY = `{ child(id: "ch_x") { id policeRegistrations { registeredOn } } }`;
const requestFor = (document = parse(QUERY)) =>
  ({
    document,
    operation: document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION),
    queryHash: 'same-text-same-hash',
    request: { query: QUERY, variables: {} },
    context: { caller: { professional: 'p', organisation: 'school-esdoorn', role: 'SCHOOL_CARE_COORDINATOR', purpose: 'CASE_DISCUSSION', traceparent: 't' } },
    logger: console,
  }) as unknown as GatewayGraphQLRequestContext;

describe('PrivacyGateway', () => {
  it('reports a removed field for every parse of the same query text', async () => {
    const gateway = new PrivacyGateway(inner, {});
    const { executor } = await gateway.load({ apollo: { key: '', keyHash: '', graphRef: '' } } as never);
    for (const attempt of [1, 2]) {
      const response = await executor!(requestFor());
      expect(response.data, `parse ${attempt}`).toEqual({ child: { id: 'ch_x', policeRegistrations: null } });
      expect(response.errors?.map((e) => [e.path, e.extensions?.code]), `parse ${attempt}`).toEqual([[['child', 'policeRegistrations'], 'FORBIDDEN_FIELD']]);
    }
    expect(new Set(executed).size).toBe(1); // one plan key: the filtered document and permission set
  });
});
