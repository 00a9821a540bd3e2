import { SignJWT, jwtVerify, exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey, type JWTPayload } from 'jose';
import { LRUCache } from 'lru-cache';
import type { Caller } from './caller.ts';
import { isPurpose, isRole } from './vocabulary.ts';

/**
 * The short-lived caller context the gateway signs for every subgraph request (header
 * `X-Ketengraaf-Context`). Subgraphs verify it with the gateway's public key and refuse any
 * request without a valid one, so calling a subgraph directly yields nothing. It says who asks and
 * why, never which request: the same caller's context is reused within its lifetime (see
 * docs/caller-context.md), and the trace travels beside it in the W3C `traceparent` header.
 */
export const CONTEXT_HEADER = 'x-ketengraaf-context';
/**
 * A second, narrower context the gateway signs for partner subgraphs to forward to the casus
 * subgraph: it is good for `_childGrants` only, so an adapter cannot replay the caller elsewhere.
 */
export const GRANTS_HEADER = 'x-ketengraaf-grants-context';
export const GRANTS_AUDIENCE = 'ketengraaf-grants';
/**
 * A third context the gateway signs for the casus subgraph to forward to one partner subgraph, the
 * one whose partner system holds the caller's organisation's records (the school system for a
 * school): it is good for `_involvement` only, so casus learns from the system of record whether
 * the caller's organisation is involved with a child, and can do nothing else there.
 */
export const INVOLVEMENT_HEADER = 'x-ketengraaf-involvement-context';
export const involvementAudience = (subgraph: string) => `ketengraaf-involvement:${subgraph}`;
/** Each context names the one subgraph it is for: a context sent to one subgraph is refused by every other. */
export const subgraphAudience = (subgraph: string) => `ketengraaf-subgraph:${subgraph}`;
const ALGORITHM = 'ES256';
const ISSUER = 'ketengraaf-gateway';
/** Long enough for one federated request, short enough that a captured context is soon useless. */
export const CONTEXT_TTL_SECONDS = 30;

export interface ContextKeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** The public key as JWK JSON, for subgraph configuration (`KETENGRAAF_CONTEXT_PUBLIC_KEY`). */
  publicJwk: string;
  /** The private key as JWK JSON, for gateway configuration (`KETENGRAAF_CONTEXT_PRIVATE_KEY`). */
  privateJwk: string;
}

export async function generateContextKeys(): Promise<ContextKeyPair> {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  return {
    privateKey,
    publicKey,
    publicJwk: JSON.stringify(await exportJWK(publicKey)),
    privateJwk: JSON.stringify(await exportJWK(privateKey)),
  };
}

/**
 * The context key pair from `KETENGRAAF_CONTEXT_PRIVATE_KEY` and `KETENGRAAF_CONTEXT_PUBLIC_KEY`
 * (JWK JSON) when both are set, so tools outside the process can sign or verify; otherwise a new pair.
 */
export async function contextKeysFromEnv(env: NodeJS.ProcessEnv): Promise<ContextKeyPair> {
  const privateJwk = env.KETENGRAAF_CONTEXT_PRIVATE_KEY;
  const publicJwk = env.KETENGRAAF_CONTEXT_PUBLIC_KEY;
  if (!privateJwk || !publicJwk) return generateContextKeys();
  return { privateKey: await importContextKey(privateJwk), publicKey: await importContextKey(publicJwk), privateJwk, publicJwk };
}

export async function importContextKey(jwkJson: string): Promise<CryptoKey> {
  const key = await importJWK(JSON.parse(jwkJson) as JWK, ALGORITHM);
  if (key instanceof Uint8Array) throw new Error('The context key must be an EC key (ES256), not a secret.');
  return key;
}

/** Who asks and why: what a caller context carries (the trace is not part of it). */
export type ContextCaller = Pick<Caller, 'professional' | 'organisation' | 'role' | 'purpose'>;

export async function signCallerContext(caller: ContextCaller, privateKey: CryptoKey, audience: string): Promise<string> {
  return new SignJWT({ org: caller.organisation, role: caller.role, purpose: caller.purpose })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(caller.professional)
    .setIssuer(ISSUER)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${CONTEXT_TTL_SECONDS}s`)
    .sign(privateKey);
}

/**
 * Contexts whose signature was verified, per public key, until they expire. A context is reused
 * for many requests of one caller, so a subgraph checks its ES256 signature once, not per request.
 * Expiry and audience are still checked on every use; a refused context is never remembered.
 */
const verifiedContexts = new WeakMap<CryptoKey, LRUCache<string, JWTPayload>>();

async function verifiedPayload(token: string, publicKey: CryptoKey, audiences: readonly string[]): Promise<JWTPayload> {
  let cache = verifiedContexts.get(publicKey);
  if (!cache) {
    cache = new LRUCache({ max: 10_000 });
    verifiedContexts.set(publicKey, cache);
  }
  const known = cache.get(token);
  if (known && typeof known.exp === 'number' && known.exp * 1000 > Date.now()) {
    if (![known.aud].flat().some((aud) => typeof aud === 'string' && audiences.includes(aud))) throw new Error('caller context meant for another audience');
    return known;
  }
  const { payload } = await jwtVerify(token, publicKey, { issuer: ISSUER, audience: [...audiences], algorithms: [ALGORITHM] });
  if (typeof payload.exp === 'number') cache.set(token, payload, { ttl: Math.max(1, payload.exp * 1000 - Date.now()) });
  return payload;
}

/**
 * Verifies a caller context for one of the given audiences; throws on a missing, forged, expired,
 * malformed or misaddressed one. Returns the caller (with the request's `traceparent` header, which
 * is not signed: it correlates, it grants nothing) and the audience it was signed for.
 */
export async function verifyCallerContext(
  token: string,
  publicKey: CryptoKey,
  audiences: readonly string[],
  traceparent: string | null = null,
): Promise<{ caller: Caller; audience: string }> {
  const payload = await verifiedPayload(token, publicKey, audiences);
  const { sub, org, role, purpose } = payload;
  if (typeof sub !== 'string' || typeof org !== 'string' || !isRole(role) || !isPurpose(purpose)) {
    throw new Error('caller context lacks professional, organisation, role or purpose');
  }
  const audience = [payload.aud].flat().find((aud) => typeof aud === 'string' && audiences.includes(aud)) ?? '';
  return { caller: { professional: sub, organisation: org, role, purpose, traceparent: traceparent ?? '' }, audience };
}
