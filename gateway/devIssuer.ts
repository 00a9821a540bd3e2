import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { covenantOrganisations } from '../schema/covenant.ts';
import { developmentMode } from '../schema/environment.ts';
import type { Role } from '../schema/vocabulary.ts';
import type { TrustedIssuer } from './trustedIssuers.ts';

export const DEV_ISSUER = 'urn:ketengraaf:dev-issuer';
export const HUB_AUDIENCE = 'ketengraaf-hub';
/** Where `npm start` and `npm run token` share the development key (git-ignored). */
export const DEFAULT_DEV_KEY_FILE = new URL('../.ketengraaf/dev-issuer-key.json', import.meta.url);

/**
 * A local identity provider for the demo and tests: it signs tokens for any covenant
 * organisation. The gateway trusts it only outside production, or when explicitly enabled.
 */
export class DevIssuer {
  private constructor(
    private readonly privateKey: CryptoKey,
    readonly publicKey: CryptoKey,
  ) {}

  static async generate(): Promise<DevIssuer> {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    return new DevIssuer(privateKey, publicKey);
  }

  /** Loads the shared development key, creating it on first use. */
  static async fromFile(file: URL | string = DEFAULT_DEV_KEY_FILE): Promise<DevIssuer> {
    const path = file instanceof URL ? file.pathname : file;
    if (!existsSync(path)) {
      const { privateKey } = await generateKeyPair('ES256', { extractable: true });
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, JSON.stringify(await exportJWK(privateKey)), { mode: 0o600 });
    }
    const jwk = JSON.parse(readFileSync(path, 'utf8')) as JWK;
    const privateKey = (await importJWK(jwk, 'ES256')) as CryptoKey;
    const { d: _private, ...publicJwk } = jwk;
    const publicKey = (await importJWK(publicJwk, 'ES256')) as CryptoKey;
    return new DevIssuer(privateKey, publicKey);
  }

  trustedIssuer(): TrustedIssuer {
    return { issuer: DEV_ISSUER, audience: HUB_AUDIENCE, organisations: covenantOrganisations().map((org) => org.id), key: this.publicKey };
  }

  issue(claims: { role: Role; organisation: string; professional?: string; expiresIn?: string }): Promise<string> {
    return new SignJWT({ org: claims.organisation, role: claims.role })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(DEV_ISSUER)
      .setAudience(HUB_AUDIENCE)
      .setSubject(claims.professional ?? `dev-${claims.role.toLowerCase().replace(/_/g, '-')}-${claims.organisation}`)
      .setIssuedAt()
      .setExpirationTime(claims.expiresIn ?? '8h')
      .sign(this.privateKey);
  }
}

/**
 * Whether the development issuer may be trusted: only in development and tests
 * (`developmentMode`), whichever command starts the gateway (`npm start`, `gateway/main.ts`, a
 * test hub). It signs tokens for any organisation and role, so no other setting turns it on.
 */
export const devIssuerAllowed = (env: NodeJS.ProcessEnv = process.env) => developmentMode(env);
