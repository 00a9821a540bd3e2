import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PartnerClient } from './partnerClient.ts';

// Regression: at 1,000,000 children under load, a partner's identity list took longer than the
// timeout to arrive; the abort while reading the body was reported as "invalid JSON".
let server: Server;
let baseUrl = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    if (request.url?.startsWith('/slow')) return void response.write('[{"localId":"1"},'); // and never the rest
    response.end(request.url?.startsWith('/broken') ? '[{"localId":' : '[]');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const client = () => new PartnerClient({ name: 'school', baseUrl, headers: {}, timeoutMs: 300 });

describe('the partner client', () => {
  it('reports a body still arriving at the deadline as a timeout', async () => {
    await expect(client().getJson('/slow', '/slow')).rejects.toMatchObject({
      message: expect.stringMatching(/school partner system did not answer within 300 ms \(\/slow\)/),
      extensions: { code: 'PARTNER_UNAVAILABLE', subgraph: 'school' },
    });
  });

  it('reports a complete answer that is not JSON as invalid JSON', async () => {
    await expect(client().getJson('/broken', '/broken')).rejects.toThrow(/answered with invalid JSON/);
    await expect(client().getJson('/fine', '/fine')).resolves.toEqual([]);
  });
});
