import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTokenVerifier } from '../../gateway/authenticate.ts';
import { purposeOf } from '../../gateway/purpose.ts';
import { traceparentOf } from '../../gateway/traceContext.ts';

// Authentication against the covenant's trusted issuers: a partner's identity provider publishes
// its keys as a JWKS; tokens are checked for signature, issuer, audience, expiry (with skew), the
// organisation the issuer may speak for, and a role that fits that organisation.
let jwksUrl = '';
let privateKey: CryptoKey;
let close: () => void;

beforeAll(async () => {
  const pair = await generateKeyPair('ES256');
  privateKey = pair.privateKey;
  const jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'school-idp-1', alg: 'ES256', use: 'sig' }] };
  const server = createServer((_, response) => response.end(JSON.stringify(jwks)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  close = () => server.close();
});
afterAll(() => close?.());

const verifier = () =>
  createTokenVerifier({ issuers: [{ issuer: 'https://idp.esdoorn.example', audience: 'ketengraaf-hub', organisations: ['school-esdoorn'], jwksUrl }] });

const token = (claims: Record<string, unknown>, options: { audience?: string; expiresAt?: number; issuer?: string } = {}) =>
  new SignJWT({ org: 'school-esdoorn', role: 'SCHOOL_CARE_COORDINATOR', ...claims })
    .setProtectedHeader({ alg: 'ES256', kid: 'school-idp-1' })
    .setIssuer(options.issuer ?? 'https://idp.esdoorn.example')
    .setAudience(options.audience ?? 'ketengraaf-hub')
    .setSubject('ib-esdoorn-1')
    .setIssuedAt()
    .setExpirationTime(options.expiresAt ?? Math.floor(Date.now() / 1000) + 300)
    .sign(privateKey);

const withToken = async (jwt: Promise<string>, verify = verifier()) => verify(`Bearer ${await jwt}`);
afterEach(() => vi.useRealTimers());

describe('authentication at the gateway', () => {
  it('accepts a token from a trusted issuer with a JWKS and reads professional, organisation and role', async () => {
    const identity = await withToken(token({}));
    expect(identity).toEqual({ professional: 'ib-esdoorn-1', organisation: 'school-esdoorn', role: 'SCHOOL_CARE_COORDINATOR' });
  });

  // The verifier remembers a verified token; it must not remember it past the moment jose
  // would refuse it, nor remember a refusal as an acceptance.
  it('stops accepting a remembered token once it expires (plus skew)', async () => {
    const verify = verifier();
    const jwt = await token({}, { expiresAt: Math.floor(Date.now() / 1000) + 60 });
    await expect(verify(`Bearer ${jwt}`)).resolves.toMatchObject({ professional: 'ib-esdoorn-1' });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000 + 29_000);
    await expect(verify(`Bearer ${jwt}`)).resolves.toMatchObject({ professional: 'ib-esdoorn-1' });
    vi.setSystemTime(Date.now() + 2_000);
    await expect(verify(`Bearer ${jwt}`)).rejects.toThrow(/expired/);
  });

  it('refuses the same bad token every time', async () => {
    const verify = verifier();
    const jwt = await token({}, { audience: 'someone-else' });
    for (const attempt of [1, 2]) await expect(verify(`Bearer ${jwt}`), `attempt ${attempt}`).rejects.toThrow(/could not be verified/);
  });

  it('refuses a request without a bearer token, saying how to get one', async () => {
    await expect(verifier()(null)).rejects.toThrow(/npm run token/);
    await expect(verifier()('Basic abc')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  });

  it('tolerates 30 s of clock skew, and not more', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expect(withToken(token({}, { expiresAt: now - 10 }))).resolves.toBeTruthy();
    await expect(withToken(token({}, { expiresAt: now - 120 }))).rejects.toThrow(/expired/);
  });

  it.each([
    ['another audience', () => token({}, { audience: 'someone-else' }), /could not be verified/],
    ['an untrusted issuer', () => token({}, { issuer: 'https://evil.example' }), /does not trust/],
    ['an organisation the issuer may not speak for', () => token({ org: 'school-kompas' }), /may speak for/],
    ['a role that does not fit the organisation', () => token({ role: 'POLICE_OFFICER' }), /does not work for an organisation of type SCHOOL/],
    ['an unknown role', () => token({ role: 'ADMIN' }), /must be one of/],
  ])('refuses %s with 401 and a message that says what to do', async (_case, jwt, message) => {
    const refusal = await withToken(jwt()).catch((error: { message: string; extensions: Record<string, unknown> }) => error);
    expect(refusal).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    expect((refusal as { message: string }).message).toMatch(message);
  });

  it('refuses a missing or unknown purpose with 400, naming the allowed purposes', () => {
    for (const header of [null, 'CURIOSITY']) {
      let refusal: unknown;
      try {
        purposeOf(header);
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toMatchObject({ extensions: { code: 'PURPOSE_REQUIRED', http: { status: 400 } } });
      expect((refusal as { message: string }).message).toMatch(/SIGNALLING.*DATA_SUBJECT_ACCESS/);
    }
    expect(purposeOf('SIGNALLING')).toBe('SIGNALLING');
  });

  it('continues the caller’s W3C trace when it sends one, and starts one otherwise', () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    expect(traceparentOf(traceparent)).toBe(traceparent);
    expect(traceparentOf(null)).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(traceparentOf('00-00000000000000000000000000000000-00f067aa0ba902b7-01')).not.toMatch(/^00-0{32}/);
  });
});
