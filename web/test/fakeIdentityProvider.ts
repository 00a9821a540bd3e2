import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';

/** Who signs in at the fake provider: one professional of one organisation, as an organisation's IdP would say. */
export interface FakeProfessional {
  sub: string;
  org: string;
  role: string;
}

export interface FakeIdentityProvider {
  /** The issuer (and authority) URL, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

const base64url = (buffer: Buffer) => buffer.toString('base64url');
const readBody = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
};

/**
 * A minimal OpenID Connect provider for the browser suite: discovery, an authorisation endpoint that
 * signs the professional in at once, a token endpoint that insists on PKCE (S256: the code is only
 * exchanged with the verifier whose hash came with the authorisation request), and its JWKS. Its
 * access tokens carry what the gateway reads (`sub`, `org`, `role`, the hub's audience).
 * `GET /_test/stats` tells the tests what happened.
 */
export async function startFakeIdentityProvider(options: { clientId: string; audience: string; professional: FakeProfessional }): Promise<FakeIdentityProvider> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'fake-1', alg: 'ES256', use: 'sig' };
  const codes = new Map<string, { challenge: string; redirectUri: string; nonce: string | null }>();
  const stats = { authorisations: 0, pkceExchanges: 0, refused: 0 };
  let issuer = '';
  const sign = (claims: Record<string, unknown>, audience: string) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'fake-1' }).setIssuer(issuer).setAudience(audience).setSubject(options.professional.sub).setIssuedAt().setExpirationTime('10m').sign(privateKey);
  const send = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type', ...headers });
    response.end(JSON.stringify(body));
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', issuer);
    if (request.method === 'OPTIONS') return send(response, 204, null);
    if (url.pathname === '/.well-known/openid-configuration') {
      return send(response, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        code_challenge_methods_supported: ['S256'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['ES256'],
      });
    }
    if (url.pathname === '/jwks') return send(response, 200, { keys: [jwk] });
    if (url.pathname === '/_test/stats') return send(response, 200, stats);
    if (url.pathname === '/authorize') {
      const q = url.searchParams;
      const redirectUri = q.get('redirect_uri') ?? '';
      if (q.get('client_id') !== options.clientId || q.get('response_type') !== 'code' || q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) {
        stats.refused++;
        return send(response, 400, { error: 'invalid_request', error_description: 'code flow with PKCE (S256) only' });
      }
      const code = base64url(randomBytes(16));
      codes.set(code, { challenge: q.get('code_challenge') ?? '', redirectUri, nonce: q.get('nonce') });
      stats.authorisations++;
      const back = new URL(redirectUri);
      back.searchParams.set('code', code);
      back.searchParams.set('state', q.get('state') ?? '');
      response.writeHead(302, { location: back.href });
      return response.end();
    }
    if (url.pathname === '/token' && request.method === 'POST') {
      return void readBody(request).then(async (form) => {
        const grant = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        const hashed = base64url(createHash('sha256').update(verifier).digest());
        if (!grant || grant.redirectUri !== form.get('redirect_uri') || hashed !== grant.challenge) {
          stats.refused++;
          return send(response, 400, { error: 'invalid_grant' });
        }
        stats.pkceExchanges++;
        const { org, role } = options.professional;
        send(response, 200, {
          token_type: 'Bearer',
          expires_in: 600,
          access_token: await sign({ org, role }, options.audience),
          id_token: await sign(grant.nonce ? { nonce: grant.nonce } : {}, options.clientId),
          scope: 'openid',
        });
      });
    }
    send(response, 404, { error: 'not_found' });
  });
  await once(server.listen(0, '127.0.0.1'), 'listening');
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: issuer, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
