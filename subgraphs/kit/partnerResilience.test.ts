import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { metricsRegistry } from '../../schema/telemetry/metricsRegistry.ts';
import { ConfigError, partnerConfig } from './config.ts';
import { asIdentityListLoad } from './identityListLoad.ts';
import { PartnerClient, type PartnerConfig } from './partnerClient.ts';
import { PseudonymIndex } from './pseudonymIndex.ts';

// A partner that is down, slow or answers too much must cost the adapter little: the circuit opens
// and fails fast, calls beyond the bulkhead fail at once, an oversized answer is cut off. The stub
// partner counts what reached it, so "fails fast" is proven by the partner never being asked.
let server: Server;
let baseUrl = '';
const calls: Record<string, number> = {};
let down = true;
let inFlight = 0;
let mostInFlight = 0;
const held: ServerResponse[] = [];

const answer = (request: IncomingMessage, response: ServerResponse) => {
  const path = new URL(request.url ?? '/', 'http://stub').pathname;
  calls[path] = (calls[path] ?? 0) + 1;
  const json = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  if (path === '/flaky') return down ? json(503, { error: 'maintenance' }) : json(200, { ok: true });
  if (path === '/hold') {
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    response.on('close', () => inFlight--);
    return void held.push(response);
  }
  if (path === '/big-declared') return json(200, { items: 'x'.repeat(64 * 1024) });
  if (path === '/big-streamed') {
    // No content-length: the cap must hold while the body streams in.
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"items":"');
    const chunk = 'x'.repeat(16 * 1024);
    for (let i = 0; i < 8; i++) response.write(chunk);
    return void response.end('"}');
  }
  if (path === '/identities') return json(200, [{ localId: 'L1', bsn: '123456782', holderOrganisationId: 'org-1' }]);
  json(404, {});
};

beforeAll(async () => {
  server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const response of held.splice(0)) response.end('{}');
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const client = (limits: Partial<PartnerConfig> = {}) => new PartnerClient({ name: 'school', baseUrl, headers: {}, timeoutMs: 2000, ...limits });
const reasonOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: { extensions?: { reason?: string } }) => error.extensions?.reason ?? String(error));

describe('the circuit breaker', () => {
  it('opens after N failures in a row and then fails fast without calling the partner', async () => {
    down = true;
    calls['/flaky'] = 0;
    const school = client({ breakerFailures: 3, breakerHalfOpenMs: 60_000 });
    for (let i = 0; i < 3; i++) expect(await reasonOf(school.getJson('GET /flaky', '/flaky'))).toBe('HTTP_ERROR');
    expect(await metricsRegistry.getSingleMetricAsString('ketengraaf_partner_circuit_state')).toContain('ketengraaf_partner_circuit_state{subgraph="school"} 2');
    const failFast = school.getJson('GET /flaky', '/flaky');
    await expect(failFast).rejects.toMatchObject({
      message: expect.stringMatching(/^The school partner system is not asked for now: it failed 3 times in a row, so its circuit is open and it is tried again within 60 s \(GET \/flaky\)/),
      extensions: { code: 'PARTNER_UNAVAILABLE', subgraph: 'school', reason: 'CIRCUIT_OPEN' },
    });
    expect(calls['/flaky']).toBe(3);
  });

  it('half-opens after its pause, lets one probe through, and closes when it succeeds', async () => {
    down = true;
    calls['/flaky'] = 0;
    const school = client({ breakerFailures: 2, breakerHalfOpenMs: 60_000 });
    for (let i = 0; i < 2; i++) await reasonOf(school.getJson('GET /flaky', '/flaky'));
    expect(await reasonOf(school.getJson('GET /flaky', '/flaky'))).toBe('CIRCUIT_OPEN');

    // The pause passes (cockatiel reads the clock when a call arrives); the partner is back.
    const later = Date.now() + 60_001;
    vi.spyOn(Date, 'now').mockImplementation(() => later);
    down = false;
    await expect(school.getJson('GET /flaky', '/flaky')).resolves.toEqual({ ok: true });
    expect(calls['/flaky']).toBe(3);
    // Closed again: every call reaches the partner.
    await expect(school.getJson('GET /flaky', '/flaky')).resolves.toEqual({ ok: true });
    expect(calls['/flaky']).toBe(4);
  });

  it('opens again when the probe fails', async () => {
    down = true;
    calls['/flaky'] = 0;
    const school = client({ breakerFailures: 1, breakerHalfOpenMs: 60_000 });
    await reasonOf(school.getJson('GET /flaky', '/flaky'));
    const later = Date.now() + 60_001;
    vi.spyOn(Date, 'now').mockImplementation(() => later);
    expect(await reasonOf(school.getJson('GET /flaky', '/flaky'))).toBe('HTTP_ERROR');
    expect(await reasonOf(school.getJson('GET /flaky', '/flaky'))).toBe('CIRCUIT_OPEN');
    expect(calls['/flaky']).toBe(2);
  });

  it('counts neither a 404 nor a refused oversized answer as the partner being down', async () => {
    const school = client({ breakerFailures: 1, maxResponseBytes: 1024 });
    await expect(school.getJson('GET /missing', '/missing')).resolves.toBeNull();
    expect(await reasonOf(school.getJson('GET /big-declared', '/big-declared'))).toBe('TOO_LARGE');
    await expect(school.getJson('GET /missing', '/missing')).resolves.toBeNull();
  });
});

describe("the pseudonym index's identity list", () => {
  it('still reaches the partner while the circuit is open, so start-up retries work', async () => {
    down = true;
    calls['/identities'] = 0;
    const school = client({ breakerFailures: 1, breakerHalfOpenMs: 60_000 });
    await reasonOf(school.getJson('GET /flaky', '/flaky'));
    expect(await reasonOf(school.getJson('GET /identities', '/identities'))).toBe('CIRCUIT_OPEN');
    expect(calls['/identities']).toBe(0);

    const index = new PseudonymIndex({ key: 'test-key', fetchIdentities: () => asIdentityListLoad(() => school.requireJson('GET /identities', '/identities')) });
    await index.start();
    index.close();
    expect(index.size).toBe(1);
    expect(calls['/identities']).toBe(1);
  });

  it('does not open the circuit for point calls when it fails', async () => {
    down = true;
    calls['/flaky'] = 0;
    const school = client({ breakerFailures: 1 });
    for (let i = 0; i < 3; i++) expect(await reasonOf(asIdentityListLoad(() => school.getJson('GET /flaky', '/flaky')))).toBe('HTTP_ERROR');
    expect(await reasonOf(school.getJson('GET /flaky', '/flaky'))).toBe('HTTP_ERROR');
    expect(calls['/flaky']).toBe(4);
  });
});

describe('the bulkhead', () => {
  it('keeps at most N calls in flight, queues the next, and refuses beyond the queue as BUSY', async () => {
    mostInFlight = 0;
    calls['/hold'] = 0;
    const school = client({ maxConcurrent: 2, maxQueued: 1 });
    const running = [school.getJson('GET /hold', '/hold'), school.getJson('GET /hold', '/hold')];
    await vi.waitFor(() => expect(held).toHaveLength(2));
    const queued = school.getJson('GET /hold', '/hold');
    await expect(school.getJson('GET /hold', '/hold')).rejects.toMatchObject({
      message: expect.stringMatching(/school partner system has too many calls in progress: 2 at once and 1 waiting \(GET \/hold\)/),
      extensions: { code: 'PARTNER_UNAVAILABLE', subgraph: 'school', reason: 'BUSY' },
    });
    expect(calls['/hold']).toBe(2);

    held.shift()?.end('{"n":1}');
    await vi.waitFor(() => expect(held).toHaveLength(2));
    for (const response of held.splice(0)) response.end('{"n":2}');
    expect(await Promise.all([...running, queued])).toHaveLength(3);
    expect(mostInFlight).toBe(2);
    expect(calls['/hold']).toBe(3);
  });

  it('fails a queued call as TIMEOUT when its deadline passes while it waits', async () => {
    const school = client({ maxConcurrent: 1, maxQueued: 1, timeoutMs: 300 });
    const first = reasonOf(school.getJson('GET /hold', '/hold'));
    await vi.waitFor(() => expect(held.length).toBeGreaterThan(0));
    await expect(school.getJson('GET /hold', '/hold')).rejects.toMatchObject({
      message: expect.stringMatching(/did not answer within 300 ms \(GET \/hold\)/),
      extensions: { reason: 'TIMEOUT' },
    });
    expect(await first).toBe('TIMEOUT');
  });
});

describe('the response size cap', () => {
  it('refuses an answer whose declared length is over the cap', async () => {
    await expect(client({ maxResponseBytes: 1024 }).getJson('GET /big-declared', '/big-declared')).rejects.toMatchObject({
      message: expect.stringMatching(/school partner system answered with more than 1024 bytes, the most an adapter accepts \(GET \/big-declared\)/),
      extensions: { code: 'PARTNER_UNAVAILABLE', subgraph: 'school', reason: 'TOO_LARGE' },
    });
  });

  it('cuts off a streamed answer as soon as it passes the cap', async () => {
    expect(await reasonOf(client({ maxResponseBytes: 32 * 1024 }).getJson('GET /big-streamed', '/big-streamed'))).toBe('TOO_LARGE');
    await expect(client().getJson('GET /big-streamed', '/big-streamed')).resolves.toMatchObject({ items: expect.any(String) });
  });
});

describe('the limits', () => {
  it('are read per partner from <NAME>_PARTNER_*, with defaults', () => {
    const env = { SCHOOL_PARTNER_URL: baseUrl, SCHOOL_PARTNER_MAX_CONCURRENT: '4', SCHOOL_PARTNER_MAX_QUEUED: '0', SCHOOL_PARTNER_BREAKER_FAILURES: '2', SCHOOL_PARTNER_BREAKER_HALF_OPEN_MS: '2500', SCHOOL_PARTNER_MAX_RESPONSE_BYTES: '1048576' };
    expect(partnerConfig('school', env)).toMatchObject({ maxConcurrent: 4, maxQueued: 0, breakerFailures: 2, breakerHalfOpenMs: 2500, maxResponseBytes: 1048576, timeoutMs: 5000 });
    expect(partnerConfig('school', { SCHOOL_PARTNER_URL: baseUrl })).toMatchObject({ maxConcurrent: 16, maxQueued: 64, breakerFailures: 5, breakerHalfOpenMs: 10_000, maxResponseBytes: 20 * 1024 * 1024 });
    expect(() => partnerConfig('school', { SCHOOL_PARTNER_URL: baseUrl, SCHOOL_PARTNER_MAX_CONCURRENT: '0' })).toThrow(ConfigError);
    expect(() => partnerConfig('school', { SCHOOL_PARTNER_URL: baseUrl, SCHOOL_PARTNER_BREAKER_FAILURES: 'many' })).toThrow(/SCHOOL_PARTNER_BREAKER_FAILURES must be a whole number/);
  });
});
