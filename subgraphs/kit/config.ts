import { developmentMode } from '../../schema/environment.ts';
import { DEFAULT_MAX_RESPONSE_BYTES } from './boundedBody.ts';
import type { PartnerConfig } from './partnerClient.ts';
import { DEFAULT_LIMITS } from './partnerPolicy.ts';

/** What every subgraph process needs, read from the environment. */
export interface SubgraphConfig {
  name: string;
  port: number;
  host: string;
  /** Shared by the covenant's adapters; never given to the gateway or clients. */
  pseudonymKey: string;
  /** The gateway's public key (JWK JSON) that signs caller contexts. */
  contextPublicKey: string;
  /** The casus subgraph, asked for per-child grants. */
  casusUrl: string;
  /** How long per-child grants are cached; a withdrawn consent or closed case takes effect within it. */
  grantsCacheMs: number;
  /** How often an adapter reloads its partner's identity list into the pseudonym index. */
  indexRefreshMs: number;
  /** The environment this was read from; adapters read their partner settings from it too. */
  env: NodeJS.ProcessEnv;
}

/** The demo key, refused in production: a real covenant sets its own secret. */
export const DEMO_PSEUDONYM_KEY = 'ketengraaf-demo-pseudonym-key-not-for-production';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function required(env: NodeJS.ProcessEnv, name: string, hint: string): string {
  const value = env[name];
  if (!value) throw new ConfigError(`${name} is not set: ${hint}`);
  return value;
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  return value;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = whole(env, name, fallback);
  if (value < 1) throw new ConfigError(`${name} must be at least 1, got "${env[name]}"`);
  return value;
}

/**
 * Reads how an adapter reaches its partner system. Per subgraph `NAME` (upper case):
 * - `NAME_PARTNER_URL` (required);
 * - `NAME_PARTNER_TOKEN` (sent as a bearer token) or `NAME_PARTNER_HEADERS` (a JSON object of headers);
 * - `NAME_PARTNER_TIMEOUT_MS` (default 5000): per call, waiting for a free slot included;
 * - `NAME_PARTNER_MAX_CONCURRENT` (default 16): calls in flight to the partner at once, and
 *   `NAME_PARTNER_MAX_QUEUED` (default 64): calls waiting for a slot; beyond both a call fails at
 *   once with reason BUSY, so a slow partner is never flooded;
 * - `NAME_PARTNER_BREAKER_FAILURES` (default 5): failures in a row (timeouts, unreachable, HTTP 5xx
 *   or 429, invalid JSON) that open the circuit; while it is open calls fail at once with reason
 *   CIRCUIT_OPEN, without reaching the partner, until `NAME_PARTNER_BREAKER_HALF_OPEN_MS` (default
 *   10000) has passed and one probe call is let through; its success closes the circuit;
 * - `NAME_PARTNER_MAX_RESPONSE_BYTES` (default 20971520, 20 MiB): a larger answer is cut off and
 *   refused with reason TOO_LARGE.
 * The identity-list load of the pseudonym index goes through the bulkhead but not the breaker.
 */
export function partnerConfig(name: string, env: NodeJS.ProcessEnv = process.env): PartnerConfig {
  const prefix = name.toUpperCase();
  const headers: Record<string, string> = {};
  const headersJson = env[`${prefix}_PARTNER_HEADERS`];
  if (headersJson) {
    try {
      Object.assign(headers, JSON.parse(headersJson) as Record<string, string>);
    } catch {
      throw new ConfigError(`${prefix}_PARTNER_HEADERS must be a JSON object of header names to values`);
    }
  }
  const token = env[`${prefix}_PARTNER_TOKEN`];
  if (token) headers.authorization = `Bearer ${token}`;
  return {
    name,
    baseUrl: required(env, `${prefix}_PARTNER_URL`, `point it at the ${name} partner system's API, e.g. http://localhost:5001/`),
    headers,
    timeoutMs: whole(env, `${prefix}_PARTNER_TIMEOUT_MS`, 5000),
    maxConcurrent: positive(env, `${prefix}_PARTNER_MAX_CONCURRENT`, DEFAULT_LIMITS.maxConcurrent),
    maxQueued: whole(env, `${prefix}_PARTNER_MAX_QUEUED`, DEFAULT_LIMITS.maxQueued),
    breakerFailures: positive(env, `${prefix}_PARTNER_BREAKER_FAILURES`, DEFAULT_LIMITS.breakerFailures),
    breakerHalfOpenMs: positive(env, `${prefix}_PARTNER_BREAKER_HALF_OPEN_MS`, DEFAULT_LIMITS.breakerHalfOpenMs),
    maxResponseBytes: positive(env, `${prefix}_PARTNER_MAX_RESPONSE_BYTES`, DEFAULT_MAX_RESPONSE_BYTES),
  };
}

/**
 * Reads a subgraph's hub configuration: `NAME_PORT` or `PORT` (default 0: any free port), `HOST`
 * (default 127.0.0.1), `KETENGRAAF_PSEUDONYM_KEY`, `KETENGRAAF_CONTEXT_PUBLIC_KEY`, `CASUS_URL`,
 * `GRANTS_CACHE_MS` (default 5000), `PSEUDONYM_INDEX_REFRESH_MS` (default 600000: ten minutes).
 */
export function subgraphConfig(name: string, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const prefix = name.toUpperCase();
  const pseudonymKey = env.KETENGRAAF_PSEUDONYM_KEY ?? (developmentMode(env) ? DEMO_PSEUDONYM_KEY : '');
  if (!pseudonymKey) throw new ConfigError('KETENGRAAF_PSEUDONYM_KEY is not set: outside NODE_ENV=development or test the covenant’s own pseudonym key is required');

  return {
    name,
    port: whole(env, `${prefix}_PORT`, whole(env, 'PORT', 0)),
    host: env.HOST ?? '127.0.0.1',
    pseudonymKey,
    contextPublicKey: required(env, 'KETENGRAAF_CONTEXT_PUBLIC_KEY', "the gateway's public context key as JWK JSON (npm start sets it for the demo)"),
    casusUrl: env.CASUS_URL ?? '',
    grantsCacheMs: whole(env, 'GRANTS_CACHE_MS', 5000),
    indexRefreshMs: Math.max(1000, whole(env, 'PSEUDONYM_INDEX_REFRESH_MS', 600_000)),
    env,
  };
}
