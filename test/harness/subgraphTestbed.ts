import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningDemoPartner } from '../../demo/partners/demoPartnerServer.ts';
import type { PopulationOptions } from '../../demo/synthetic/population.ts';
import type { Purpose, Role } from '../../schema/vocabulary.ts';
import { subgraphConfig } from '../../subgraphs/kit/config.ts';
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '../../subgraphs/kit/createSubgraph.ts';
import { CallerContexts } from './callerContexts.ts';
import { GrantsDouble } from './grantsDouble.ts';
import { postGraphQL } from './postGraphQL.ts';

/** One partner's demo system and its subgraph, started together for subgraph-level tests. */
export interface SubgraphTestbed {
  system: RunningDemoPartner;
  subgraph: RunningSubgraph;
  contexts: CallerContexts;
  /** Per-child grants standing in for the casus subgraph; not cached, so a change counts at once. */
  grants: GrantsDouble;
  /** Calls the demo partner system counted per route since the last reset. */
  calls(): Promise<Record<string, number>>;
  resetCalls(): Promise<void>;
  /** A caller context signed as the gateway would. */
  as(role: Role, organisation: string, purpose?: Purpose): Promise<string>;
  /** A query sent to the subgraph with that caller context. */
  query(query: string, context: Promise<string> | string): ReturnType<typeof postGraphQL>;
  close(): Promise<void>;
}

/** `_entities` for one child with the given selection. */
export const entity = (childId: string, selection: string) =>
  /* GraphQL */ `{ _entities(representations: [{ __typename: "Child", id: "${childId}" }]) { ... on Child { ${selection} } } }`;

export async function startSubgraphTestbed(
  definition: SubgraphDefinition<any, any>,
  startPartner: (options: PopulationOptions) => Promise<RunningDemoPartner>,
  population: PopulationOptions,
  options: { apiPath?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<SubgraphTestbed> {
  const system = await startPartner(population);
  const contexts = await CallerContexts.create(definition.name);
  const grants = new GrantsDouble();
  const prefix = definition.name.toUpperCase();
  const subgraph = await startSubgraph(
    definition,
    subgraphConfig(definition.name, {
      NODE_ENV: 'test',
      [`${prefix}_PARTNER_URL`]: `${system.url}${options.apiPath ?? ''}`,
      [`${prefix}_PARTNER_TOKEN`]: 'demo-partner-token',
      KETENGRAAF_CONTEXT_PUBLIC_KEY: contexts.keys.publicJwk,
      // The adapter's disclosure log goes to a throwaway folder, never the repository's.
      KETENGRAAF_DISCLOSURE_LOG_DIR: mkdtempSync(join(tmpdir(), 'ketengraaf-disclosures-')),
      ...options.env,
    }),
    { grantSource: grants },
  );
  return {
    system,
    subgraph,
    contexts,
    grants,
    calls: async () => (await (await fetch(`${system.url}_demo/calls`)).json()) as Record<string, number>,
    resetCalls: async () => void (await fetch(`${system.url}_demo/calls/reset`, { method: 'POST' })),
    as: (role, organisation, purpose = 'CASE_DISCUSSION') => contexts.sign({ role, organisation, purpose }),
    query: async (query, context) => postGraphQL(subgraph.url, query, { headers: { 'x-ketengraaf-context': await context } }),
    close: async () => {
      await subgraph.close();
      await system.close();
    },
  };
}
