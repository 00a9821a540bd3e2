import { readFileSync } from 'node:fs';

/**
 * How the app signs a professional in with their organisation's identity provider: OpenID Connect
 * authorisation code flow with PKCE (a public client: no secret in the browser).
 */
export interface OidcProvider {
  /** The issuer, as the gateway trusts it (`iss` of the tokens). */
  issuer: string;
  /** Where the provider's `/.well-known/openid-configuration` is: the issuer unless set. */
  authority: string;
  /** The app's client id registered at that provider. */
  clientId: string;
  /** Scopes asked for. @default 'openid' */
  scope: string;
  /** The token's audience the gateway expects: sent as `resource`/`audience` where the provider needs it. */
  audience: string;
  /** The covenant organisations whose professionals sign in there. */
  organisations: readonly string[];
}

interface IssuerEntry {
  issuer?: string;
  audience?: string;
  organisations?: string[];
  oidc?: { clientId?: string; authority?: string; scope?: string };
}

/**
 * The sign-in providers, from the same `KETENGRAAF_TRUSTED_ISSUERS` the gateway verifies tokens
 * with (inline JSON or a file path): each issuer that has an `oidc` member with a `clientId` is one.
 * The gateway ignores that member; one list keeps "who may sign in" and "whose tokens count" equal.
 */
export function oidcProvidersFromEnv(env: NodeJS.ProcessEnv = process.env): OidcProvider[] {
  const raw = env.KETENGRAAF_TRUSTED_ISSUERS;
  if (!raw) return [];
  const entries = JSON.parse(raw.trim().startsWith('[') ? raw : readFileSync(raw, 'utf8')) as IssuerEntry[];
  return entries.flatMap((entry) => {
    if (!entry.oidc) return [];
    const { clientId, authority, scope } = entry.oidc;
    if (!entry.issuer || !entry.audience || !clientId || !Array.isArray(entry.organisations)) {
      throw new Error('KETENGRAAF_TRUSTED_ISSUERS: an issuer with "oidc" needs issuer, audience, organisations and oidc.clientId');
    }
    return [{ issuer: entry.issuer, authority: authority ?? entry.issuer, clientId, scope: scope ?? 'openid', audience: entry.audience, organisations: entry.organisations }];
  });
}
