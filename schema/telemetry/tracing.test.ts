import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trace } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flushTracing, startTracing, tracingEnabled } from './tracing.ts';

// Tracing is off unless an OTLP endpoint is configured; when it is, spans reach that collector
// (here a stub on a free port) through the privacy filter.
let collector: Server;
let endpoint = '';
const received: { path: string; body: string }[] = [];

beforeAll(async () => {
  collector = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ path: request.url ?? '', body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
});
afterAll(() => {
  collector.closeAllConnections();
  collector.close();
});

describe('tracing', () => {
  it('is off without an OTLP endpoint, and off when the SDK is disabled', () => {
    expect(tracingEnabled({})).toBe(false);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SDK_DISABLED: 'true' })).toBe(false);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${endpoint}/v1/traces` })).toBe(true);
  });

  it('exports spans to the configured collector, with only the allowed attributes', async () => {
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = endpoint;
    startTracing('ketengraaf-test');
    const span = trace.getTracer('test').startSpan('partner GET /api/v1/leerlingen', { attributes: { 'ketengraaf.subgraph': 'school', 'url.full': 'http://sis/api/v1/leerlingen?leerlingnummers=42' } });
    span.end();
    await flushTracing();
    expect(received.map((request) => request.path)).toContain('/v1/traces');
    const body = received.map((request) => request.body).join('\n');
    expect(body).toContain('partner GET /api/v1/leerlingen');
    expect(body).toContain('ketengraaf-test');
    expect(body).not.toContain('leerlingnummers');
  });
});
