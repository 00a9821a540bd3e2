import { SignJWT, jwtVerify, exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey } from 'jose';
import type { Caller } from './caller.ts';
import { isPurpose, isRole } from './vocabulary.ts';

/**
 * The short-lived caller context the gateway signs for every subgraph request (header
 * `X-Ketengraaf-Context`). Subgraphs verify it with the gateway's public key and refuse any
 * request without a valid one, so calling a subgraph directly yields nothing.
 */
export const CONTEXT_HEADER = 'x-ketengraaf-context';
const ALGORITHM = 'ES256';
const AUDIENCE = 'ketengraaf-subgraphs';
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

export async function signCallerContext(caller: Caller, privateKey: CryptoKey): Promise<string> {
  return new SignJWT({ org: caller.organisation, role: caller.role, purpose: caller.purpose, traceparent: caller.traceparent })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(caller.professional)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${CONTEXT_TTL_SECONDS}s`)
    .sign(privateKey);
}

/** Verifies a caller context; throws on a missing, forged, expired or malformed one. */
export async function verifyCallerContext(token: string, publicKey: CryptoKey): Promise<Caller> {
  const { payload } = await jwtVerify(token, publicKey, { issuer: ISSUER, audience: AUDIENCE, algorithms: [ALGORITHM] });
  const { sub, org, role, purpose, traceparent } = payload;
  if (typeof sub !== 'string' || typeof org !== 'string' || !isRole(role) || !isPurpose(purpose) || typeof traceparent !== 'string') {
    throw new Error('caller context lacks professional, organisation, role, purpose or trace');
  }
  return { professional: sub, organisation: org, role, purpose, traceparent };
}
