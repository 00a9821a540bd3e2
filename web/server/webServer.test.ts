import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevIssuer, DEV_ISSUER, HUB_AUDIENCE } from '../../gateway/devIssuer.ts';
import { oidcProvidersFromEnv } from './oidcProviders.ts';
import { startWebServer } from './webServer.ts';

// The app's web server: the built files with a strict CSP and no referrer, /config.json, and the
// development login only when it is given a development issuer (web/server/main.ts gives it one in
// development mode only), answering the app's own origin and refusing roles that do not fit.
const root = mkdtempSync(join(tmpdir(), 'ketengraaf-web-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(root, 'assets', 'app-abc123.js'), 'console.log(1)');
const GATEWAY = 'http://127.0.0.1:4999/graphql';

let issuer: DevIssuer;
let development: Awaited<ReturnType<typeof startWebServer>>;
let production: Awaited<ReturnType<typeof startWebServer>>;
beforeAll(async () => {
  issuer = await DevIssuer.generate();
  const common = { port: 0, host: '127.0.0.1', root, gatewayUrl: () => GATEWAY };
  development = await startWebServer({ ...common, devIssuer: issuer, oidc: [] });
  production = await startWebServer({ ...common, devIssuer: null, oidc: oidcProvidersFromEnv({ KETENGRAAF_TRUSTED_ISSUERS: JSON.stringify([{ issuer: 'https://login.gemeente.example', audience: HUB_AUDIENCE, organisations: ['gemeente-demo'], jwksUrl: 'https://login.gemeente.example/jwks', oidc: { clientId: 'ketengraaf-app' } }]) }) });
});
afterAll(async () => {
  await development?.close();
  await production?.close();
});

const token = (server: { url: string }, body: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL('/dev/token', server.url), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('the web server', () => {
  it('serves the app with a CSP that admits only itself, the gateway and the sign-in providers, and no referrer', async () => {
    const page = await fetch(new URL('/kind/ch_abc', production.url));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>app</title>');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('content-security-policy')).toMatch(/connect-src 'self' http:\/\/127\.0\.0\.1:4999 https:\/\/login\.gemeente\.example;.*script-src 'self'/);
    const asset = await fetch(new URL('/assets/app-abc123.js', production.url));
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    const outside = await fetch(new URL('/../../etc/passwd', production.url));
    expect(await outside.text()).toContain('<title>app</title>');
  });

  it('tells the app the gateway, the covenant and the sign-in providers, never a secret', async () => {
    const config = (await (await fetch(new URL('/config.json', production.url))).json()) as Record<string, unknown>;
    expect(config).toMatchObject({ gatewayUrl: GATEWAY, devLogin: false, hubOperator: 'gemeente-demo' });
    expect(config.oidc).toEqual([{ authority: 'https://login.gemeente.example', clientId: 'ketengraaf-app', scope: 'openid', audience: HUB_AUDIENCE, organisations: ['gemeente-demo'] }]);
    expect((config.organisations as unknown[]).length).toBeGreaterThan(5);
  });

  it('has no development login without a development issuer (production)', async () => {
    const answer = await token(production, { role: 'CASE_DIRECTOR', organisation: 'gemeente-demo' });
    expect(answer.status).toBe(404);
    expect(await answer.text()).not.toMatch(/token"/);
  });

  it('signs a development token for a role that fits its organisation, from the app’s own origin only', async () => {
    const answer = await token(development, { role: 'SCHOOL_CARE_COORDINATOR', organisation: 'school-esdoorn' }, { origin: development.url.replace(/\/$/, '') });
    expect(answer.status).toBe(200);
    const { token: jwt } = (await answer.json()) as { token: string };
    const { payload } = await jwtVerify(jwt, issuer.publicKey, { issuer: DEV_ISSUER, audience: HUB_AUDIENCE });
    expect(payload).toMatchObject({ org: 'school-esdoorn', role: 'SCHOOL_CARE_COORDINATOR', sub: 'dev-school-care-coordinator-school-esdoorn' });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBeLessThanOrEqual(2 * 3600);

    expect((await token(development, { role: 'POLICE_OFFICER', organisation: 'school-esdoorn' })).status).toBe(400);
    expect((await token(development, { role: 'SCHOOL_CARE_COORDINATOR', organisation: 'school-esdoorn' }, { origin: 'http://evil.example' })).status).toBe(403);
    const form = await fetch(new URL('/dev/token', development.url), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"role":"CASE_DIRECTOR","organisation":"gemeente-demo"}' });
    expect(form.status).toBe(415);
  });

  it('reads sign-in providers from the trusted-issuer list, requiring a client id', () => {
    expect(oidcProvidersFromEnv({})).toEqual([]);
    const withoutOidc = [{ issuer: 'https://idp.example', audience: HUB_AUDIENCE, organisations: ['school-esdoorn'], jwksUrl: 'https://idp.example/jwks' }];
    expect(oidcProvidersFromEnv({ KETENGRAAF_TRUSTED_ISSUERS: JSON.stringify(withoutOidc) })).toEqual([]);
    expect(() => oidcProvidersFromEnv({ KETENGRAAF_TRUSTED_ISSUERS: JSON.stringify([{ ...withoutOidc[0], oidc: {} }]) })).toThrow(/oidc.clientId/);
  });
});
