import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../harness/testHub.ts';

// What the gateway's HTTP endpoint accepts besides a plain POST: GET only when the request shows
// it was meant (CSRF), never a mutation over GET, and batches of at most five operations (a sixth
// is BATCH_TOO_LARGE, 400, like every other limit: test/gateway/operationLimits.test.ts).
let hub: TestHub;
let token = '';
beforeAll(async () => {
  hub = await startTestHub();
  token = await hub.devIssuer.issue({ role: 'CASE_DIRECTOR', organisation: 'gemeente-demo' });
});
afterAll(async () => {
  await hub?.close();
});

const get = (query: string, headers: Record<string, string>) => fetch(`${hub.gateway.url}?query=${encodeURIComponent(query)}`, { headers });

describe('the gateway over HTTP', () => {
  it('answers a GET that states its purpose, and blocks one that carries no custom header (CSRF)', async () => {
    const allowed = await get(`{ organisations { id } }`, { authorization: `Bearer ${token}`, 'x-purpose': 'CASE_DISCUSSION' });
    expect(allowed.status).toBe(200);
    expect(((await allowed.json()) as { data: { organisations: unknown[] } }).data.organisations.length).toBeGreaterThan(0);
    const blocked = await get(`{ organisations { id } }`, { authorization: `Bearer ${token}` });
    expect(blocked.status).toBe(403);
    expect(await blocked.text()).not.toContain('"data"');
  });

  it('refuses a mutation over GET', async () => {
    const response = await get(`mutation { recordConsent(input: { childId: "x", purpose: CASE_DISCUSSION, organisationId: "gemeente-demo", givenBy: PARENT, validUntil: "2030-01-01" }) { status } }`, {
      authorization: `Bearer ${token}`,
      'x-purpose': 'CASE_DISCUSSION',
    });
    expect(response.status).toBe(405);
  });

  it('takes a batch of five operations and refuses six', async () => {
    const batch = (size: number) =>
      fetch(hub.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'CASE_DISCUSSION' },
        body: JSON.stringify(Array.from({ length: size }, () => ({ query: `{ organisations { id } }` }))),
      });
    const five = await batch(5);
    expect(five.status).toBe(200);
    expect((await five.json()) as unknown[]).toHaveLength(5);
    const six = await batch(6);
    expect(six.status).toBe(400);
    expect(await six.json()).toEqual({ errors: [{ message: expect.stringMatching(/at most 5 operations/), extensions: { code: 'BATCH_TOO_LARGE', limit: 5 } }] });
  });

  it('answers 404 outside /graphql and /health, without running anything', async () => {
    const response = await fetch(new URL('/elsewhere', hub.gateway.url), { headers: { authorization: `Bearer ${token}`, 'x-purpose': 'CASE_DISCUSSION' } });
    expect(response.status).toBe(404);
  });
});
