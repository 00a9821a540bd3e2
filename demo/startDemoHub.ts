import { readFileSync } from 'node:fs';
import { contextKeysFromEnv, type ContextKeyPair } from '../schema/callerContext.ts';
import { SUPERGRAPH_FILE } from '../schema/composeSupergraph.ts';
import { SUBGRAPHS, type SubgraphEntry } from '../schema/subgraphs.ts';
import { startSubgraph, type RunningSubgraph } from '../subgraphs/kit/createSubgraph.ts';
import { subgraphConfig } from '../subgraphs/kit/config.ts';
import { browserAccessFromEnv } from '../gateway/browserAccess.ts';
import { startGateway, type RunningGateway } from '../gateway/createGateway.ts';
import { DevIssuer, devIssuerAllowed } from '../gateway/devIssuer.ts';
import { createCasusSubgraph } from '../subgraphs/casus/casusSubgraph.ts';
import { SystemOfRecordClient } from '../subgraphs/casus/involvementSource.ts';
import { openLogStore } from '../gateway/processingLog/openLogStore.ts';
import { createProcessingLogObserver } from '../gateway/processingLog/processingLogObserver.ts';
import type { ProcessingLogStore } from '../gateway/processingLog/processingLogStore.ts';
import { ProcessingRegister } from '../schema/processingRegister.ts';
import type { ExecutionObserver } from '../gateway/releaseCandidate.ts';
import { trustedIssuersFromEnv } from '../gateway/trustedIssuers.ts';
import { DEMO_HUB_PARTS } from './demoHubParts.ts';
import { DEFAULT_DEMO_TOKEN, type RunningDemoPartner } from './partners/demoPartnerServer.ts';
import { partnerApiUrl } from './partners/partnerApiUrl.ts';
import type { PopulationOptions } from './synthetic/population.ts';

export interface DemoHubOptions {
  population: PopulationOptions;
  /** `demo`: the documented ports (gateway 4000, subgraphs 4001-4007, partners 5001-5005); `ephemeral`: free ports. */
  ports: 'demo' | 'ephemeral';
  /** Passed to every subgraph (e.g. `REDIS_URL`, `GRANTS_CACHE_MS`). */
  env?: NodeJS.ProcessEnv;
  devIssuer?: DevIssuer;
  gatewayPort?: number;
  observer?: ExecutionObserver;
}

export interface DemoHub {
  gateway: RunningGateway;
  partners: Record<string, RunningDemoPartner>;
  subgraphs: Record<string, RunningSubgraph>;
  devIssuer: DevIssuer;
  /** The gateway's caller-context keys (tests forge and expire contexts with them). */
  contextKeys: ContextKeyPair;
  /** The processing log the gateway writes and the auditlog subgraph reads (REDIS_URL, else KETENGRAAF_LOG_FILE). */
  processingLog: ProcessingLogStore;
  close(): Promise<void>;
}

/**
 * Starts the whole demo in one process: the partner systems, the seven subgraphs and the gateway,
 * each on its own port and speaking HTTP to the next, as they would on separate machines. The tests
 * use it (`startTestHub`): it starts in about a second. `npm start` runs each in a process of its
 * own instead (scripts/supervisor/).
 */
export async function startDemoHub(options: DemoHubOptions): Promise<DemoHub> {
  const env = options.env ?? process.env;
  const keys = await contextKeysFromEnv(env);
  const devIssuer = options.devIssuer ?? (await DevIssuer.fromFile());
  const port = (demoPort: number | null) => (options.ports === 'demo' && demoPort !== null ? demoPort : 0);
  const partners: Record<string, RunningDemoPartner> = {};
  const subgraphs: Record<string, RunningSubgraph> = {};
  // No log, no release: the gateway writes every release here before the response leaves the hub.
  const processingLog = await openLogStore(env);
  const closeAll = async () => {
    await Promise.allSettled(Object.values(subgraphs).map((s) => s.close()));
    await Promise.allSettled(Object.values(partners).map((p) => p.close()));
    await processingLog.close();
  };
  try {
    await Promise.all(
      SUBGRAPHS.map(async (entry) => {
        const start = DEMO_HUB_PARTS[entry.name]?.startPartner;
        if (start) partners[entry.name] = await start({ ...options.population, port: port(entry.partnerPort) });
      }),
    );
    const startOne = async (entry: SubgraphEntry, casusUrl: string) => {
      const part = DEMO_HUB_PARTS[entry.name];
      if (!part) throw new Error(`no demo part for subgraph ${entry.name}`);
      const prefix = entry.name.toUpperCase();
      const subgraphEnv: NodeJS.ProcessEnv = {
        ...env,
        [`${prefix}_PORT`]: String(port(entry.port)),
        [`${prefix}_PARTNER_URL`]: partners[entry.name] ? partnerApiUrl(entry.name, partners[entry.name]?.url ?? '') : '',
        [`${prefix}_PARTNER_TOKEN`]: env.DEMO_PARTNER_TOKEN ?? DEFAULT_DEMO_TOKEN,
        KETENGRAAF_CONTEXT_PUBLIC_KEY: keys.publicJwk,
        CASUS_URL: casusUrl,
      };
      // Casus asks each partner subgraph whether a caller is involved with a child; they start after it.
      const definition = entry.name === 'casus' ? createCasusSubgraph({ involvement: new SystemOfRecordClient((name) => subgraphs[name]?.url) }) : part.definition;
      subgraphs[entry.name] = await startSubgraph(definition, subgraphConfig(entry.name, subgraphEnv));
    };
    const casus = SUBGRAPHS.find((entry) => entry.name === 'casus');
    if (!casus) throw new Error('the casus subgraph is missing from the composition config');
    await startOne(casus, '');
    const casusUrl = subgraphs.casus?.url ?? '';
    await Promise.all(SUBGRAPHS.filter((entry) => entry !== casus).map((entry) => startOne(entry, casusUrl)));

    const issuers = [...(devIssuerAllowed(env) ? [devIssuer.trustedIssuer()] : []), ...trustedIssuersFromEnv(env)];
    if (issuers.length === 0) {
      throw new Error(`NODE_ENV=${env.NODE_ENV ?? ''} is not development or test, so the development issuer is off, and KETENGRAAF_TRUSTED_ISSUERS names no other: nobody could sign in`);
    }
    const gateway = await startGateway({
      port: options.gatewayPort ?? (options.ports === 'demo' ? Number(env.PORT ?? 4000) : 0),
      host: env.HOST ?? '127.0.0.1',
      supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, running]) => [name, running.url])),
      issuers,
      contextPrivateKey: keys.privateKey,
      browser: browserAccessFromEnv(env),
      observer: options.observer ?? createProcessingLogObserver(processingLog, new ProcessingRegister()),
    });
    return {
      gateway,
      partners,
      subgraphs,
      devIssuer,
      contextKeys: keys,
      processingLog,
      close: async () => {
        await gateway.close();
        await closeAll();
      },
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
