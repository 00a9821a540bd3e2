import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { createGatewayRuntime, type GatewayConfig } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { parse } from 'graphql';
import type { CryptoKey } from 'jose';
import { browserAccessFromEnv, corsFor, GRAPHIQL_OPTIONS, type BrowserAccess } from './browserAccess.ts';
import { coveredTypes } from '../schema/coveredTypes.ts';
import { readPolicies } from '../schema/policy.ts';
import type { ProcessState } from '../schema/supervisorMessages.ts';
import type { PrivacySchema } from './fieldDecision.ts';
import type { ExecutionObserver } from './releaseCandidate.ts';
import { supergraphServices } from './supergraphServices.ts';
import type { TrustedIssuer } from './trustedIssuers.ts';
import { operationLimitsFromEnv, type OperationLimits } from './limits/operationLimits.ts';
import { useAuthentication } from './plugins/useAuthentication.ts';
import { useCallerContext } from './plugins/useCallerContext.ts';
import { useCostLimit } from './plugins/useCostLimit.ts';
import { useErrorMasking } from './plugins/useErrorMasking.ts';
import { useExecutionTimeout } from './plugins/useExecutionTimeout.ts';
import { useHealth } from './plugins/useHealth.ts';
import { useMetrics } from './plugins/useMetrics.ts';
import { useOperationFilter } from './plugins/useOperationFilter.ts';
import { useOperationLimits } from './plugins/useOperationLimits.ts';
import { useProcessingLog } from './plugins/useProcessingLog.ts';
import { usePurpose } from './plugins/usePurpose.ts';
import { useRateLimit } from './plugins/useRateLimit.ts';
import { useRequestLimits } from './plugins/useRequestLimits.ts';
import { useResponseStatus } from './plugins/useResponseStatus.ts';
import { useRestoreRemovedFields } from './plugins/useRestoreRemovedFields.ts';
import { useTracing } from './plugins/useTracing.ts';
import { timedObserver } from './timedObserver.ts';

/** Any plugin the engine takes (Hive Gateway's, Yoga's or envelop's). */
type EnginePlugin = ReturnType<NonNullable<GatewayConfig['plugins']>>[number];

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
  /** Each component's process state when a supervisor runs them (`npm start`), shown by `/health`. */
  processStates?: () => Readonly<Record<string, ProcessState>> | null;
  /** The request and operation limits; what is not given comes from the environment (`operationLimitsFromEnv`). */
  limits?: Partial<OperationLimits>;
  /** CORS origins and GraphiQL (`browserAccess.ts`). @default browserAccessFromEnv(): the demo app's origin; GraphiQL in development mode only */
  browser?: BrowserAccess;
  /** Plugins run after the hub's own (observers: tests watch query plans and subgraph calls with them). */
  plugins?: readonly EnginePlugin[];
}

export interface RunningGateway {
  url: string;
  port: number;
  /** The loaded privacy policy (for the protocol generator and tests). */
  privacy: { privacySchema: PrivacySchema | null };
  close(): Promise<void>;
}

/**
 * The hub's gateway: Hive Gateway's runtime with the Rust query planner, and one plugin per
 * behaviour, in the order a request meets them (README, "How a request is decided").
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const services = supergraphServices(options.supergraphSdl).map(({ name, url }) => ({ name, url: options.subgraphUrls?.[name] ?? url }));
  const policies = readPolicies(parse(options.supergraphSdl));
  const masking = useErrorMasking();
  const limits: OperationLimits = { ...operationLimitsFromEnv(), ...options.limits };
  const browser = options.browser ?? browserAccessFromEnv();
  // Loaded only when served: the bundled explorer is a large module production never needs.
  const renderGraphiQL = browser.graphiql ? (await import('@graphql-yoga/render-graphiql')).renderGraphiQL : undefined;
  const gateway = createGatewayRuntime({
    supergraph: options.supergraphSdl,
    unifiedGraphHandler,
    transportEntries: Object.fromEntries(services.map(({ name, url }) => [name, { location: url }])),
    logging: 'error',
    landingPage: false,
    graphiql: browser.graphiql ? GRAPHIQL_OPTIONS : false,
    renderGraphiQL,
    cors: corsFor(browser.allowedOrigins),
    // Bearer tokens, not cookies, authenticate; still, a GET or form POST must show it was meant.
    csrfPrevention: { requestHeaders: ['x-purpose', 'apollo-require-preflight', 'graphql-require-preflight'] },
    batching: { limit: limits.maxBatch },
    maskedErrors: masking.maskedErrors,
    plugins: () => [
      useTracing(),
      useMetrics(),
      useHealth({ subgraphs: services, processes: options.processStates }),
      useAuthentication({ issuers: options.issuers }),
      useRateLimit(limits),
      usePurpose(),
      useRequestLimits(limits),
      useOperationLimits(limits),
      useCostLimit(limits),
      useExecutionTimeout(limits),
      useOperationFilter({ policies }),
      useCallerContext({ privateKey: options.contextPrivateKey }),
      useRestoreRemovedFields(),
      useProcessingLog({ observer: timedObserver(options.observer) }),
      masking.plugin,
      useResponseStatus(),
      ...(options.plugins ?? []),
    ],
  });
  const schema = await gateway.getSchema();
  const server = createServer({ keepAliveTimeout: 5000 }, gateway);
  await once(server.listen(options.port, options.host), 'listening');
  const { port } = server.address() as AddressInfo;
  const host = options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    privacy: { privacySchema: { schema, policies, covered: coveredTypes(schema, policies) } },
    close: async () => {
      server.closeIdleConnections();
      await promisify(server.close.bind(server))();
      await gateway.dispose();
    },
  };
}
