import { SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { createTracerProvider } from './tracing.ts';

// A span exported to a collector leaves the hub: whatever a library or a later change sets on it,
// only the allowed attributes go, without events (an exception event holds a message and stack).
describe('the privacy span processor', () => {
  it('exports only allowed attributes, no events, and scrubs names and status messages', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = createTracerProvider('ketengraaf-test', exporter, { batch: false });
    const span = provider.getTracer('test').startSpan('lookup ch_XszR5c1PA6DPkO7KuwoMEnW5Hab', {
      kind: SpanKind.CLIENT,
      attributes: {
        'ketengraaf.subgraph': 'school',
        'http.route': '/graphql',
        'graphql.document': '{ child(id: "ch_XszR5c1PA6DPkO7KuwoMEnW5Hab") { id } }',
        'url.full': 'http://sis.example/api/v1/leerlingen?leerlingnummers=123',
        'client.address': '10.1.2.3',
      },
    });
    span.recordException(new Error('for ch_XszR5c1PA6DPkO7KuwoMEnW5Hab'));
    span.setStatus({ code: 2, message: 'token eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln' });
    span.end();
    await provider.forceFlush();
    const [exported] = exporter.getFinishedSpans();
    expect(exported?.name).toBe('lookup [pseudonym]');
    expect(exported?.attributes).toEqual({ 'ketengraaf.subgraph': 'school', 'http.route': '/graphql' });
    expect(exported?.events).toEqual([]);
    expect(exported?.status.message).toBe('token [token]');
    expect(exported?.spanContext().traceId).toBe(span.spanContext().traceId);
    expect(trace.getTracerProvider()).toBeDefined();
  });
});
