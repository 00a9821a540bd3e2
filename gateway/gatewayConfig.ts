import { readFileSync } from 'node:fs';
import type { CryptoKey } from 'jose';
import { importContextKey } from '../schema/callerContext.ts';
import { SUPERGRAPH_FILE } from '../schema/composeSupergraph.ts';
import { SUBGRAPHS } from '../schema/subgraphs.ts';
import { browserAccessFromEnv } from './browserAccess.ts';
import { DevIssuer, devIssuerAllowed } from './devIssuer.ts';
import type { GatewayOptions } from './createGateway.ts';
import { openLogStore } from './processingLog/openLogStore.ts';
import { createProcessingLogObserver } from './processingLog/processingLogObserver.ts';
import { ProcessingRegister } from '../schema/processingRegister.ts';
import { trustedIssuersFromEnv } from './trustedIssuers.ts';

/**
 * The gateway's configuration from the environment: `PORT` (default 4000), `HOST` (127.0.0.1),
 * `KETENGRAAF_SUPERGRAPH` (default schema/supergraph.graphql), `SUBGRAPH_<NAME>_URL` per subgraph,
 * `KETENGRAAF_CONTEXT_PRIVATE_KEY` (JWK JSON, required), `KETENGRAAF_TRUSTED_ISSUERS`, and the
 * development issuer outside production only, `KETENGRAAF_ALLOWED_ORIGINS` (CORS) and GraphiQL in
 * development only (`browserAccess.ts`), and the processing
 * log (`REDIS_URL`, else `KETENGRAAF_LOG_FILE`).
 */
export async function gatewayOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<GatewayOptions> {
  const privateJwk = env.KETENGRAAF_CONTEXT_PRIVATE_KEY;
  if (!privateJwk) throw new Error('KETENGRAAF_CONTEXT_PRIVATE_KEY is not set: the gateway signs caller contexts for subgraphs with it (npm start sets one for the demo)');
  const contextPrivateKey: CryptoKey = await importContextKey(privateJwk);
  const issuers = trustedIssuersFromEnv(env);
  if (devIssuerAllowed(env)) issuers.push((await DevIssuer.fromFile()).trustedIssuer());
  if (issuers.length === 0) throw new Error('No trusted issuers: set KETENGRAAF_TRUSTED_ISSUERS (in production the development issuer is off)');
  const subgraphUrls: Record<string, string> = {};
  for (const { name } of SUBGRAPHS) {
    const url = env[`SUBGRAPH_${name.toUpperCase()}_URL`];
    if (url) subgraphUrls[name] = url;
  }
  return {
    port: env.PORT ? Number(env.PORT) : 4000,
    host: env.HOST ?? '127.0.0.1',
    supergraphSdl: readFileSync(env.KETENGRAAF_SUPERGRAPH ?? SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls,
    issuers,
    contextPrivateKey,
    browser: browserAccessFromEnv(env),
    // No log, no release: REDIS_URL (a stream shared by every gateway process) or KETENGRAAF_LOG_FILE.
    observer: createProcessingLogObserver(await openLogStore(env), new ProcessingRegister()),
  };
}
