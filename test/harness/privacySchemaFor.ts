import { composeServices } from '@theguild/federation-composition';
import { parse, type DocumentNode } from 'graphql';
import type { PrivacySchema } from '../../gateway/fieldDecision.ts';
import { apiSchemaOf } from '../../schema/apiSchema.ts';
import { coveredTypes } from '../../schema/coveredTypes.ts';
import { readPolicies } from '../../schema/policy.ts';
import { loadTypeDefs } from '../../subgraphs/kit/createSubgraph.ts';
import { readFileSync } from 'node:fs';

const PRIVACY_SDL = readFileSync(new URL('../../schema/privacy.graphql', import.meta.url), 'utf8');

/**
 * The privacy schema of a composition of some real subgraphs plus extra test subgraphs (given
 * the shared privacy vocabulary), for
 * gateway-level unit tests that need no running servers.
 */
export function privacySchemaFor(subgraphNames: string[], extra: Record<string, string> = {}): PrivacySchema {
  const services: { name: string; url: string; typeDefs: DocumentNode }[] = subgraphNames.map((name) => ({
    name,
    url: `http://${name}.invalid/graphql`,
    typeDefs: loadTypeDefs(new URL(`../../subgraphs/${name}/schema.graphql`, import.meta.url)),
  }));
  for (const [name, sdl] of Object.entries(extra)) services.push({ name, url: `http://${name}.invalid/graphql`, typeDefs: parse(`${PRIVACY_SDL}\n${sdl}`) });
  const result = composeServices(services);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  const schema = apiSchemaOf(result.supergraphSdl);
  const policies = readPolicies(parse(result.supergraphSdl));
  return { schema, policies, covered: coveredTypes(schema, policies) };
}
