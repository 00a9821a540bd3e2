import { createRemoteJWKSet, decodeJwt, errors as joseErrors, importJWK, jwtVerify, type CryptoKey, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import type { Caller } from '../schema/caller.ts';
import { covenantOrganisations } from '../schema/covenant.ts';
import { ErrorCode, hubError } from '../schema/errors.ts';
import { ROLE_ORGANISATION_TYPES } from '../schema/roleOrganisations.ts';
import { ROLES, isRole } from '../schema/vocabulary.ts';
import type { TrustedIssuer } from './trustedIssuers.ts';

/** Who the bearer token says is asking: the caller without the request's purpose and trace. */
export type Identity = Pick<Caller, 'professional' | 'organisation' | 'role'>;

export interface TokenVerifierOptions {
  issuers: readonly TrustedIssuer[];
  /** Allowed clock skew between the issuer and the hub, in seconds. @default 30 */
  clockToleranceSeconds?: number;
  /** Verified tokens kept until they expire (least recently used go first). @default 10000 */
  cacheSize?: number;
}

const unauthenticated = (message: string) => hubError(ErrorCode.UNAUTHENTICATED, message);

/**
 * Verifies bearer JWTs against the covenant's trusted issuers (signature, issuer, audience, expiry
 * with clock skew), checks that the issuer may speak for the claimed organisation and that the
 * role fits it. Throws 401 errors that say what to do. A verified token is remembered until it
 * expires, so a front-end's next request costs a map lookup instead of a signature check; a
 * refused token is never remembered.
 */
export function createTokenVerifier(options: TokenVerifierOptions): (authorization: string | null | undefined) => Promise<Identity> {
  const tolerance = options.clockToleranceSeconds ?? 30;
  const verified = new LRUCache<string, { identity: Identity; expiresAt: number }>({ max: options.cacheSize ?? 10_000 });
  // Every issuer's key as a key-lookup function, so one `jwtVerify` call serves JWKS and static keys.
  const keys = new Map<string, JWTVerifyGetKey>();
  const keyFor = (issuer: TrustedIssuer): JWTVerifyGetKey => {
    let key = keys.get(issuer.issuer);
    if (!key) {
      if (issuer.jwksUrl) key = createRemoteJWKSet(new URL(issuer.jwksUrl));
      else {
        const imported: Promise<CryptoKey | Uint8Array> = issuer.key
          ? Promise.resolve(issuer.key)
          : importJWK(issuer.publicKeyJwk ?? {}, issuer.publicKeyJwk?.alg ?? 'ES256');
        key = () => imported;
      }
      keys.set(issuer.issuer, key);
    }
    return key;
  };

  const verify = async (token: string): Promise<{ identity: Identity; expiresAt: number }> => {
    let issuerName: unknown;
    try {
      issuerName = decodeJwt(token).iss;
    } catch {
      throw unauthenticated('The bearer token is not a JWT.');
    }
    const issuer = options.issuers.find((candidate) => candidate.issuer === issuerName);
    if (!issuer) throw unauthenticated('The token was issued by an identity provider this covenant does not trust.');
    let payload;
    try {
      ({ payload } = await jwtVerify(token, keyFor(issuer), { issuer: issuer.issuer, audience: issuer.audience, clockTolerance: tolerance }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired: get a new one from your identity provider.');
      throw unauthenticated('The token could not be verified (signature, audience or validity period).');
    }
    const { sub, org, role, exp } = payload;
    if (typeof sub !== 'string' || sub === '') throw unauthenticated('The token names no professional (claim sub).');
    if (!isRole(role)) throw unauthenticated(`The token's role (claim role) must be one of: ${ROLES.join(', ')}.`);
    const organisation = covenantOrganisations().find((candidate) => candidate.id === org);
    if (!organisation || !issuer.organisations.includes(organisation.id)) {
      throw unauthenticated('The token names no covenant organisation (claim org) that its issuer may speak for.');
    }
    if (!ROLE_ORGANISATION_TYPES[role].includes(organisation.type)) {
      throw unauthenticated(`Role ${role} does not work for an organisation of type ${organisation.type}.`);
    }
    // A token without `exp` is valid as long as its key is; it is re-verified every minute then.
    const expiresAt = typeof exp === 'number' ? (exp + tolerance) * 1000 : Date.now() + 60_000;
    return { identity: { professional: sub, organisation: organisation.id, role }, expiresAt };
  };

  return async (authorization) => {
    if (!authorization?.startsWith('Bearer ')) {
      throw unauthenticated('Send a bearer token (Authorization: Bearer <token>) from your organisation. For the demo: npm run token -- --role CASE_DIRECTOR --org gemeente-demo');
    }
    const token = authorization.slice('Bearer '.length).trim();
    const known = verified.get(token);
    // Remembered only until the moment jose would start refusing the token (expiry plus skew).
    if (known && known.expiresAt > Date.now()) return known.identity;
    const fresh = await verify(token);
    verified.set(token, fresh);
    return fresh.identity;
  };
}
