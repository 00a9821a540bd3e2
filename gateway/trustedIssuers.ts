import { readFileSync } from 'node:fs';
import type { CryptoKey, JWK } from 'jose';

/**
 * An identity provider the covenant trusts, and the organisations it may speak for. Each partner
 * organisation brings its own (its IdP's JWKS URL or public key).
 */
export interface TrustedIssuer {
  issuer: string;
  audience: string;
  /** Covenant organisation ids this issuer may put in a token's `org` claim. */
  organisations: readonly string[];
  jwksUrl?: string;
  publicKeyJwk?: JWK;
  /** An already imported key (the in-process development issuer). */
  key?: CryptoKey;
}

/**
 * Reads `KETENGRAAF_TRUSTED_ISSUERS`: a JSON array of `{ issuer, audience, organisations,
 * jwksUrl | publicKeyJwk }`, inline or as a path to a JSON file.
 */
export function trustedIssuersFromEnv(env: NodeJS.ProcessEnv = process.env): TrustedIssuer[] {
  const raw = env.KETENGRAAF_TRUSTED_ISSUERS;
  if (!raw) return [];
  const text = raw.trim().startsWith('[') ? raw : readFileSync(raw, 'utf8');
  const issuers = JSON.parse(text) as TrustedIssuer[];
  for (const issuer of issuers) {
    if (!issuer.issuer || !issuer.audience || !Array.isArray(issuer.organisations) || !(issuer.jwksUrl || issuer.publicKeyJwk)) {
      throw new Error('KETENGRAAF_TRUSTED_ISSUERS: every issuer needs issuer, audience, organisations and jwksUrl or publicKeyJwk');
    }
  }
  return issuers;
}
