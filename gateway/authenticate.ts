import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createRemoteJWKSet, decodeJwt, errors as joseErrors, importJWK, jwtVerify, type CryptoKey, type JWTVerifyGetKey } from 'jose';
import type { Caller } from '../schema/caller.ts';
import { covenantOrganisations } from '../schema/covenant.ts';
import { ErrorCode, hubError } from '../schema/errors.ts';
import { ROLE_ORGANISATION_TYPES } from '../schema/roleOrganisations.ts';
import { PURPOSES, ROLES, isPurpose, isRole } from '../schema/vocabulary.ts';
import type { TrustedIssuer } from './trustedIssuers.ts';

export interface AuthenticatorOptions {
  issuers: readonly TrustedIssuer[];
  /** Allowed clock skew between the issuer and the hub. Default 30 s. */
  clockToleranceSeconds?: number;
}

const unauthenticated = (message: string) => hubError(ErrorCode.UNAUTHENTICATED, message);
const TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** Continues the client's W3C trace, or starts one. */
export function traceparentOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  if (value && TRACEPARENT.test(value) && !value.startsWith('00-00000000000000000000000000000000')) return value;
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;
}

/**
 * Verifies the bearer JWT against the covenant's trusted issuers (signature, issuer, audience,
 * expiry with clock skew), checks that the issuer may speak for the claimed organisation and that
 * the role fits it, and reads the purpose from `X-Purpose`. Throws 401/400 errors that say what to do.
 */
export function createAuthenticator(options: AuthenticatorOptions) {
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

  return async (request: IncomingMessage): Promise<Caller> => {
    const header = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) {
      throw unauthenticated('Send a bearer token (Authorization: Bearer <token>) from your organisation. For the demo: npm run token -- --role CASE_DIRECTOR --org gemeente-demo');
    }
    const token = header.slice('Bearer '.length).trim();
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
      const verifyOptions = { issuer: issuer.issuer, audience: issuer.audience, clockTolerance: options.clockToleranceSeconds ?? 30 };
      ({ payload } = await jwtVerify(token, keyFor(issuer), verifyOptions));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired: get a new one from your identity provider.');
      throw unauthenticated('The token could not be verified (signature, audience or validity period).');
    }
    const { sub, org, role } = payload;
    if (typeof sub !== 'string' || sub === '') throw unauthenticated('The token names no professional (claim sub).');
    if (!isRole(role)) throw unauthenticated(`The token's role (claim role) must be one of: ${ROLES.join(', ')}.`);
    const organisation = covenantOrganisations().find((candidate) => candidate.id === org);
    if (!organisation || !issuer.organisations.includes(organisation.id)) {
      throw unauthenticated('The token names no covenant organisation (claim org) that its issuer may speak for.');
    }
    if (!ROLE_ORGANISATION_TYPES[role].includes(organisation.type)) {
      throw unauthenticated(`Role ${role} does not work for an organisation of type ${organisation.type}.`);
    }
    const purposeHeader = request.headers['x-purpose'];
    const purpose = Array.isArray(purposeHeader) ? purposeHeader[0] : purposeHeader;
    if (!isPurpose(purpose)) {
      throw hubError(
        ErrorCode.PURPOSE_REQUIRED,
        `State the purpose of this request in the X-Purpose header (doelbinding), one of: ${PURPOSES.join(', ')}.`,
        { allowedPurposes: PURPOSES },
      );
    }
    return { professional: sub, organisation: organisation.id, role, purpose, traceparent: traceparentOf(request.headers.traceparent) };
  };
}
