import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { createTokenVerifier, type Identity } from '../authenticate.ts';
import type { TrustedIssuer } from '../trustedIssuers.ts';

export interface AuthenticationOptions {
  /** The identity providers the covenant trusts, each with the organisations it may speak for. */
  issuers: readonly TrustedIssuer[];
  /** Allowed clock skew between an issuer and the hub, in seconds. @default 30 */
  clockToleranceSeconds?: number;
  /** Verified tokens remembered until they expire. @default 10000 */
  cacheSize?: number;
}

/** The verified identity of each HTTP request (one for all operations of a batch). */
const identities = new WeakMap<Request, Identity>();

/** The identity `useAuthentication` verified for this request; throws when there is none (fail closed). */
export function identityOf(request: Request): Identity {
  const identity = identities.get(request);
  if (!identity) throw new Error('no verified identity for this request: useAuthentication must run first');
  return identity;
}

/**
 * First plugin of a request: the bearer JWT is verified (jose) before the body is even parsed,
 * so nothing of an unauthenticated request is planned or executed. No or an invalid token: HTTP 401
 * with a message that says what to do.
 */
export function useAuthentication(options: AuthenticationOptions): GatewayPlugin {
  const verify = createTokenVerifier(options);
  return {
    async onRequestParse({ request }) {
      identities.set(request, await verify(request.headers.get('authorization')));
    },
  };
}
