import { context } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { PrivacySpanProcessor } from './privacySpanProcessor.ts';

let started = false;
let exporting: NodeTracerProvider | null = null;

/** Whether spans are exported: `OTEL_EXPORTER_OTLP_ENDPOINT` (or `…_TRACES_ENDPOINT`) is set and the SDK not disabled. */
export const tracingEnabled = (env: NodeJS.ProcessEnv = process.env): boolean =>
  Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) && env.OTEL_SDK_DISABLED !== 'true';

/**
 * A tracer provider whose spans pass the privacy filter before `exporter` sees them. Tests pass an
 * in-memory exporter and `batch: false`; production gets the OTLP exporter from `startTracing`.
 */
export function createTracerProvider(service: string, exporter: SpanExporter, options: { batch?: boolean } = {}): NodeTracerProvider {
  const exporting: SpanProcessor = options.batch === false ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter);
  return new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: service }),
    spanProcessors: [new PrivacySpanProcessor(exporting)],
  });
}

/**
 * Once per process, from the gateway and from every subgraph (the first call names the service:
 * `OTEL_SERVICE_NAME` overrides it). Off by default: without an OTLP endpoint no SDK is loaded
 * into the request path, only an AsyncLocalStorage context so that log lines find their
 * request's trace id; spans are the API's no-op spans then. With `OTEL_EXPORTER_OTLP_ENDPOINT`
 * set, spans go in batches over OTLP/HTTP (the exporter reads the other standard `OTEL_EXPORTER_OTLP_*`
 * variables itself, headers and timeout included). A provider registered before (a test's) is kept.
 */
export function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): void {
  if (started) return;
  started = true;
  if (tracingEnabled(env)) {
    exporting = createTracerProvider(env.OTEL_SERVICE_NAME ?? service, new OTLPTraceExporter());
    exporting.register();
    return;
  }
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
}

/** Sends the spans still in the batch; the gateway and the subgraphs call it when they close. */
export async function flushTracing(): Promise<void> {
  await exporting?.forceFlush();
}
