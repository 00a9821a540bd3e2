import { randomBytes } from 'node:crypto';
import { DevIssuer } from '../../gateway/devIssuer.ts';
import { DEFAULT_LOG_FILE } from '../../gateway/processingLog/fileLogStore.ts';
import { contextKeysFromEnv } from '../../schema/callerContext.ts';

/**
 * What `npm start` decides once, before it starts a process, and hands to each: ports, keys,
 * tokens and the shared log. Restarted processes get the same, so a restarted gateway signs with
 * the key the subgraphs already trust, and a restarted subgraph listens where the others call it.
 */
export interface HubSettings {
  /** `demo`: the documented ports; `ephemeral`: every process listens on port 0 and reports its URL. */
  ports: 'demo' | 'ephemeral';
  /** The gateway's port: an explicit `PORT` wins in both modes; else 4000, or 0 with `ephemeral`. */
  gatewayPort: number;
  /** The caller-context key pair: the gateway signs, the subgraphs verify. */
  contextKeys: { privateJwk: string; publicJwk: string };
  /** The bearer token the demo partner systems expect from their adapters. */
  partnerToken: string;
  /** The processing log file the gateway appends to and the auditlog subgraph reads; null with `REDIS_URL`. */
  logFile: string | null;
  /** The environment `npm start` was given, passed on to every process (less what is not theirs). */
  env: NodeJS.ProcessEnv;
}

function portNumber(name: string, raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name} must be a port number (0 for any free port), got "${raw}"`);
  return port;
}

/**
 * Reads `DEMO_PORTS` (`demo`, the default, or `ephemeral`), `PORT`, `KETENGRAAF_CONTEXT_PRIVATE_KEY`
 * with `…_PUBLIC_KEY` (else a new pair), `DEMO_PARTNER_TOKEN` (else a random one) and the log settings,
 * and makes sure the development issuer's key file exists before the gateway and `npm run token` read it.
 */
export async function hubSettingsFromEnv(env: NodeJS.ProcessEnv): Promise<HubSettings> {
  const mode = env.DEMO_PORTS || 'demo';
  if (mode !== 'demo' && mode !== 'ephemeral') throw new Error(`DEMO_PORTS must be "demo" (ports 4000-4007 and 5001-5005) or "ephemeral" (free ports), got "${mode}"`);
  const { privateJwk, publicJwk } = await contextKeysFromEnv(env);
  await DevIssuer.fromFile();
  return {
    ports: mode,
    gatewayPort: env.PORT ? portNumber('PORT', env.PORT) : mode === 'demo' ? 4000 : 0,
    contextKeys: { privateJwk, publicJwk },
    partnerToken: env.DEMO_PARTNER_TOKEN || randomBytes(24).toString('base64url'),
    logFile: env.REDIS_URL ? null : env.KETENGRAAF_LOG_FILE || DEFAULT_LOG_FILE,
    env,
  };
}
