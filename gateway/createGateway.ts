import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { CryptoKey } from 'jose';
import { serveApollo, type RunningServer } from '../subgraphs/kit/httpServer.ts';
import { maskUnexpectedErrors } from '../subgraphs/kit/maskErrors.ts';
import { createAuthenticator } from './authenticate.ts';
import type { GatewayContext } from './gatewayContext.ts';
import { PrivacyGateway, type ExecutionObserver } from './privacyGateway.ts';
import { SignedContextDataSource } from './subgraphDataSource.ts';
import { healthUrlOf, supergraphServices } from './supergraphServices.ts';
import type { TrustedIssuer } from './trustedIssuers.ts';

export interface GatewayOptions {
  port: number;
  host: string;
  supergraphSdl: string;
  /** Subgraph URLs by name, overriding those recorded in the supergraph. */
  subgraphUrls?: Readonly<Record<string, string>>;
  issuers: readonly TrustedIssuer[];
  /** Signs the caller context for subgraphs; they hold the public half. */
  contextPrivateKey: CryptoKey;
  /** Required: the processing log that records every release before it leaves (no log, no release). */
  observer: ExecutionObserver;
}

export interface RunningGateway extends RunningServer {
  privacy: PrivacyGateway;
}

/** The hub's gateway: authentication, purpose, privacy filtering before planning, signed subgraph calls. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const services = supergraphServices(options.supergraphSdl).map(({ name, url }) => ({ name, url: options.subgraphUrls?.[name] ?? url }));
  const urlOf = new Map(services.map((service) => [service.name, service.url]));
  const inner = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new SignedContextDataSource({ name, url: urlOf.get(name) ?? url ?? '' }, options.contextPrivateKey),
  });
  const privacy = new PrivacyGateway(inner, options.observer);
  const apollo = new ApolloServer<GatewayContext>({
    gateway: privacy,
    formatError: maskUnexpectedErrors('gateway'),
    includeStacktraceInErrorResponses: false,
    // The hub stops its servers itself, in order; Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: true,
    introspection: true,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  const authenticate = createAuthenticator({ issuers: options.issuers });
  const running = await serveApollo(apollo, {
    port: options.port,
    host: options.host,
    context: async (request) => ({ caller: await authenticate(request) }),
    health: async () => {
      const checks = await Promise.all(
        services.map(async ({ name, url }) => {
          const ok = await fetch(healthUrlOf(url), { signal: AbortSignal.timeout(3000) }).then((r) => r.ok, () => false);
          return [name, ok ? 'ok' : 'unavailable'] as const;
        }),
      );
      return { ok: checks.every(([, state]) => state === 'ok'), subgraphs: Object.fromEntries(checks) };
    },
  });
  return { ...running, privacy };
}
