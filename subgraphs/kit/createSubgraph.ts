import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { concatAST, parse, type DocumentNode } from 'graphql';
import { importContextKey } from '../../schema/callerContext.ts';
import { readPolicies } from '../../schema/policy.ts';
import { acquireMetricsListener, metricsListenFromEnv } from '../../schema/telemetry/metricsServer.ts';
import { flushTracing, startTracing } from '../../schema/telemetry/tracing.ts';
import type { SubgraphConfig } from './config.ts';
import { CachedGrantSource, CasusGrantClient, type GrantSource } from './grants.ts';
import { grantsRoute } from './grantsRoute.ts';
import { serveApollo, type RunningServer } from './httpServer.ts';
import { applyDisclosureRecorder, disclosureLogPlugin } from './disclosureRecorder.ts';
import type { DisclosureLog } from './disclosureLog.ts';
import { answerInternalRoute, type InternalRoute } from './internalRoute.ts';
import { involvementRoute, type RecordHolder } from './involvementRoute.ts';
import { maskUnexpectedErrors } from './maskErrors.ts';
import { openDisclosureLog } from './openDisclosureLog.ts';
import { applyPrivacyGuard, type HolderOf } from './privacyGuard.ts';
import { grantLoader, type SubgraphContext } from './subgraphContext.ts';
import { gatewayContextVerifier } from './verifyGatewayContext.ts';

/** Everything a partner connector provides; the kit does the rest (server, context, guard, grants). */
export interface SubgraphDefinition<Partner, Loaders> {
  name: string;
  /** The subgraph's own `schema.graphql`, read with `loadTypeDefs`. */
  typeDefs: DocumentNode;
  /** The codegen-typed `Resolvers` of the subgraph. */
  resolvers: TypedResolvers;
  /** Connects to the partner system once per process (client, pseudonym index). */
  connect(config: SubgraphConfig): Promise<Partner>;
  /** Fresh DataLoaders for one request. */
  createLoaders(partner: Partner): Loaders;
  /** The organisation holding this child's record at the partner, for `OWN_ORGANISATION`. */
  holderOf: HolderOf<SubgraphContext<Partner, Loaders>>;
  /** Resolves when the partner system answers; throws otherwise. */
  health(partner: Partner): Promise<void>;
  /** Where per-child grants come from; default: the casus subgraph at `CASUS_URL`. */
  grantSource?(partner: Partner, config: SubgraphConfig): GrantSource;
  /** The casus subgraph: answers `POST /grants` (the grants-only context partner subgraphs forward) from its grant source. */
  servesGrants?: boolean;
  /**
   * A system of record: who holds a child's record there, for `POST /involvement` (the
   * involvement-only context casus forwards). Verified involvement rests on this answer.
   */
  recordHolder?(partner: Partner): RecordHolder;
  disconnect?(partner: Partner): Promise<void>;
  /** A partner adapter: records what it discloses to the hub in its own log (`openDisclosureLog.ts`). */
  disclosureLog?: boolean;
}

/**
 * Codegen's resolver map, as it comes. Its federation `__resolveReference` takes
 * `(reference, context, info)`, which `GraphQLResolverMap`'s index signature cannot express, so the
 * kit converts it once here and subgraphs never cast.
 */
export type TypedResolvers = { [typeName: string]: object };

export interface RunningSubgraph extends RunningServer {
  name: string;
  /** Where its Prometheus metrics are served, when `<NAME>_METRICS_PORT` is set. */
  metricsUrl?: string;
  /** The adapter's own disclosure log, for a partner adapter. */
  disclosureLog: DisclosureLog | null;
}

const PRIVACY_SDL = readFileSync(new URL('../../schema/privacy.graphql', import.meta.url), 'utf8');

/** Reads a subgraph's `schema.graphql` (given as a URL beside the caller) with the shared privacy vocabulary. */
export function loadTypeDefs(schemaFile: URL): DocumentNode {
  return concatAST([parse(PRIVACY_SDL), parse(readFileSync(schemaFile, 'utf8'))]);
}

/** Starts a subgraph server that refuses every request without a valid gateway-signed context. */
export async function startSubgraph<Partner, Loaders>(
  definition: SubgraphDefinition<Partner, Loaders>,
  config: SubgraphConfig,
  /** Replaces where grants come from (subgraph-level tests run without the casus subgraph). */
  overrides: { grantSource?: GrantSource; disclosureLog?: DisclosureLog } = {},
): Promise<RunningSubgraph> {
  type Context = SubgraphContext<Partner, Loaders>;
  startTracing(`ketengraaf-${definition.name}`, config.env);
  const partner = await definition.connect(config);
  const publicKey = await importContextKey(config.contextPublicKey);
  const verifyContext = gatewayContextVerifier(definition.name, publicKey);
  // Grants fetched over HTTP from the casus subgraph are cached briefly; a subgraph's own grant
  // source (the casus store) is read fresh, so a withdrawal counts there at once.
  const ownSource = overrides.grantSource ?? definition.grantSource?.(partner, config);
  const grantSource = ownSource ?? new CachedGrantSource(new CasusGrantClient(requireCasusUrl(config)), config.grantsCacheMs);
  const policies = readPolicies(definition.typeDefs);
  const schema = applyPrivacyGuard<Context>(
    buildSubgraphSchema([{ typeDefs: definition.typeDefs, resolvers: definition.resolvers as GraphQLResolverMap<unknown> }]),
    policies,
    definition.holderOf,
  );
  const disclosureLog = definition.disclosureLog ? (overrides.disclosureLog ?? (await openDisclosureLog(config))) : null;
  if (disclosureLog) applyDisclosureRecorder(schema, policies);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: maskUnexpectedErrors(definition.name),
    includeStacktraceInErrorResponses: false,
    // The hub stops its servers itself, in order; Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginInlineTraceDisabled(), ...(disclosureLog ? [disclosureLogPlugin(definition.name, disclosureLog)] : [])],
    // Introspection needs a valid context like any other request; the gateway never asks for it.
    introspection: true,
  });
  const internal: Record<string, InternalRoute> = {};
  if (definition.servesGrants) internal['/grants'] = grantsRoute(grantSource);
  if (definition.recordHolder) internal['/involvement'] = involvementRoute(definition.name, definition.recordHolder(partner));
  const running = await serveApollo(apollo, {
    name: definition.name,
    port: config.port,
    host: config.host,
    allowGet: false,
    routes: Object.fromEntries(
      Object.entries(internal).map(([path, route]) => [path, (request, body) => answerInternalRoute(route, request, body, publicKey)]),
    ),
    context: async (request) => {
      const { caller, grantsToken, involvementToken } = await verifyContext(request);
      return {
        caller,
        grantsToken,
        involvementToken,
        partner,
        loaders: definition.createLoaders(partner),
        grants: grantLoader(grantSource, caller, grantsToken),
      };
    },
    health: async () => {
      try {
        await definition.health(partner);
        return { ok: true, subgraph: definition.name };
      } catch {
        return { ok: false, subgraph: definition.name, error: `the ${definition.name} partner system does not answer` };
      }
    },
  });
  // `/metrics` on a port of its own, only when `<NAME>_METRICS_PORT` is set (see metricsServer.ts).
  const metricsListen = metricsListenFromEnv(`${definition.name.toUpperCase()}_METRICS_PORT`, config.env);
  const metrics = metricsListen ? await acquireMetricsListener(metricsListen) : null;
  return {
    ...running,
    name: definition.name,
    ...(metrics ? { metricsUrl: metrics.url } : {}),
    disclosureLog,
    close: async () => {
      await running.close();
      await metrics?.release();
      await definition.disconnect?.(partner);
      await disclosureLog?.close();
      await flushTracing();
    },
  };
}

function requireCasusUrl(config: SubgraphConfig): string {
  if (!config.casusUrl) throw new Error('CASUS_URL is not set: partner subgraphs ask the casus subgraph for per-child grants');
  return config.casusUrl;
}
