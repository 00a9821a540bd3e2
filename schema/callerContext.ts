import { SignJWT, jwtVerify, exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey } from 'jose';
import type { Caller } from './caller.ts';
import { isPurpose, isRole } from './vocabulary.ts';

/**
 * The short-lived caller context the gateway signs for every subgraph request (header
 * `X-Ketengraaf-Context`). Subgraphs verify it with the gateway's public key and refuse any
 * request without a valid one, so calling a subgraph directly yields nothing.
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

export async function signCallerContext(caller: Caller, privateKey: CryptoKey, audience: string): Promise<string> {
  return new SignJWT({ org: caller.organisation, role: caller.role, purpose: caller.purpose, traceparent: caller.traceparent })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(caller.professional)
    .setIssuer(ISSUER)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${CONTEXT_TTL_SECONDS}s`)
    .sign(privateKey);
}

/**
 * Verifies a caller context for one of the given audiences; throws on a missing, forged, expired,
 * malformed or misaddressed one. Returns the caller and the audience it was signed for.
 */
export async function verifyCallerContext(token: string, publicKey: CryptoKey, audiences: readonly string[]): Promise<{ caller: Caller; audience: string }> {
  const { payload } = await jwtVerify(token, publicKey, { issuer: ISSUER, audience: [...audiences], algorithms: [ALGORITHM] });
  const { sub, org, role, purpose, traceparent } = payload;
  if (typeof sub !== 'string' || typeof org !== 'string' || !isRole(role) || !isPurpose(purpose) || typeof traceparent !== 'string') {
    throw new Error('caller context lacks professional, organisation, role, purpose or trace');
  }
  const audience = [payload.aud].flat().find((aud) => typeof aud === 'string' && audiences.includes(aud)) ?? '';
  return { caller: { professional: sub, organisation: org, role, purpose, traceparent }, audience };
}
