import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAccessFromEnv, DEMO_APP_ORIGINS } from '../../gateway/browserAccess.ts';
import { startTestHub, type TestHub } from '../harness/testHub.ts';

// A browser client at the gateway: CORS only for the configured origins (a preflight answered, a
// page of another origin given no Access-Control headers), the CSRF rule a browser client passes
// by sending X-Purpose, and GraphiQL served in development and tests (production: productionMode.test.ts).
const APP = 'http://app.ketengraaf.test:8080';
const OTHER = 'http://evil.example:8080';
let hub: TestHub;
let token = '';
beforeAll(async () => {
  hub = await startTestHub({ env: { KETENGRAAF_ALLOWED_ORIGINS: `${APP}, http://localhost:4080` } });
  token = await hub.devIssuer.issue({ role: 'CASE_DIRECTOR', organisation: 'gemeente-demo' });
});
afterAll(async () => {
  await hub?.close();
});

const preflight = (origin: string) =>
  fetch(hub.gateway.url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type, x-purpose' },
  });
const post = (headers: Record<string, string>, body: string) => fetch(hub.gateway.url, { method: 'POST', headers, body });
const QUERY = JSON.stringify({ query: '{ organisations { id } }' });

describe('CORS at the gateway', () => {
  it('answers a preflight from an allowed origin with its origin, the headers a client sends, and no credentials', async () => {
    const response = await preflight(APP);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    const allowedHeaders = (response.headers.get('access-control-allow-headers') ?? '').split(/,\s*/);
    expect(allowedHeaders).toEqual(expect.arrayContaining(['authorization', 'content-type', 'x-purpose', 'traceparent']));
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('gives a preflight from another origin no Access-Control headers, so the browser refuses', async () => {
    const response = await preflight(OTHER);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-headers')).toBeNull();
  });

  it('marks the answer to an allowed origin readable, and to another origin not', async () => {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'CASE_DISCUSSION' };
    const allowed = await post({ ...headers, origin: APP }, QUERY);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP);
    const refused = await post({ ...headers, origin: OTHER }, QUERY);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CSRF at the gateway', () => {
  it('blocks a request a page can send without a preflight (a form post) unless it carries X-Purpose', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${token}`, origin: OTHER };
    const blocked = await post(form, 'query=%7B%20organisations%20%7B%20id%20%7D%20%7D');
    expect(blocked.status).toBe(403);
    expect(await blocked.text()).toMatch(/CSRF/);
    // The app's request: JSON (preflighted) and X-Purpose, as every request of the hub must state its purpose.
    const app = await post({ 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'CASE_DISCUSSION', origin: APP }, QUERY);
    expect(app.status).toBe(200);
  });
});

describe('GraphiQL outside production', () => {
  it('is served at /graphql to a browser, bundled (no CDN), with the headers editor prefilled and not persisted', async () => {
    const response = await fetch(hub.gateway.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('Ketengraaf GraphiQL');
    expect(html).toContain('x-purpose');
    expect(html).toContain('"shouldPersistHeaders":false');
    expect(html).not.toMatch(/unpkg\.com|jsdelivr/);
  });
});

describe('browserAccessFromEnv', () => {
  it('allows the demo app by default, GraphiQL only in development or tests, and refuses a wildcard', () => {
    expect(browserAccessFromEnv({ NODE_ENV: 'development' })).toEqual({ allowedOrigins: DEMO_APP_ORIGINS, graphiql: true });
    for (const nodeEnv of ['production', undefined, 'Production']) expect(browserAccessFromEnv({ NODE_ENV: nodeEnv }).graphiql).toBe(false);
    expect(() => browserAccessFromEnv({ KETENGRAAF_ALLOWED_ORIGINS: '*' })).toThrow(/not allowed/);
    expect(() => browserAccessFromEnv({ KETENGRAAF_ALLOWED_ORIGINS: 'https://app.example.nl/' })).toThrow(/did you mean "https:\/\/app.example.nl"/);
  });
});
