import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { context, isSpanContextValid, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { getOperationAST } from 'graphql';
import { flushTracing, startTracing } from '../../schema/telemetry/tracing.ts';
import { freshTraceSpan, traceparentOfSpan } from '../traceContext.ts';

const w3c = new W3CTraceContextPropagator();
const headerGetter = {
  get: (headers: Headers, key: string) => headers.get(key) ?? undefined,
  keys: (headers: Headers) => [...headers.keys()],
};

/** The gateway's own paths; anything else is `other`, so a span name never repeats what a caller typed. */
const routeOf = (request: Request): string => {
  const path = new URL(request.url).pathname;
  return ['/graphql', '/health', '/healthcheck', '/readiness'].includes(path) ? path : 'other';
};

/**
 * OpenTelemetry spans for every request (server), every GraphQL operation and every subgraph call
 * (client), in one W3C trace that continues the client's `traceparent` and reaches each subgraph,
 * and from there each partner system. The processing log records the same trace id
 * (`traceparentOf` reads the request span), and so does every log line.
 *
 * Spans say what happened, never about whom: method, route, status, operation type and name,
 * subgraph, error codes. No document, no variables, no data, no URL with a query, no client
 * address (and `PrivacySpanProcessor` drops anything else before export). With tracing off
 * (no `OTEL_EXPORTER_OTLP_ENDPOINT`) these are the API's no-op spans: the trace id still travels.
 */
export function useTracing(): GatewayPlugin {
  startTracing('ketengraaf-gateway');
  const tracer = trace.getTracer('ketengraaf-gateway');
  const requestSpans = new WeakMap<Request, Span>();
  const operationSpans = new WeakMap<object, Span>();
  const within = (span: Span, parent: Context, wrapped: () => unknown) => context.with(trace.setSpan(parent, span), wrapped);

  return {
    instrumentation: {
      request({ request }, wrapped) {
        const parent = w3c.extract(ROOT_CONTEXT, request.headers, headerGetter);
        const route = routeOf(request);
        let span = tracer.startSpan(`${request.method} ${route}`, { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method, 'http.route': route } }, parent);
        // Tracing off and no trace from the client: a trace id of our own all the same, for the log.
        if (!isSpanContextValid(span.spanContext())) span = freshTraceSpan();
        requestSpans.set(request, span);
        return within(span, parent, wrapped) as ReturnType<typeof wrapped>;
      },
      operation({ context: operationContext }, wrapped) {
        const span = tracer.startSpan('graphql.operation', { kind: SpanKind.INTERNAL });
        operationSpans.set(operationContext, span);
        return within(span, context.active(), () => settle(span, wrapped)) as ReturnType<typeof wrapped>;
      },
      subgraphExecute({ subgraphName }, wrapped) {
        const span = tracer.startSpan(`subgraph ${subgraphName}`, { kind: SpanKind.CLIENT, attributes: { 'ketengraaf.subgraph': subgraphName } });
        return within(span, context.active(), () => settle(span, wrapped)) as ReturnType<typeof wrapped>;
      },
    },
    onExecute({ args }) {
      const span = operationSpans.get(args.contextValue);
      const operation = getOperationAST(args.document, args.operationName);
      if (!span || !operation) return;
      span.setAttribute('graphql.operation.type', operation.operation);
      if (operation.name) span.setAttribute('graphql.operation.name', operation.name.value);
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result || !result.errors?.length) return;
          const codes = [...new Set(result.errors.map((error) => String(error.extensions?.code ?? 'UNKNOWN')))];
          span.setAttribute('ketengraaf.error.codes', codes);
          span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(',') });
        },
      };
    },
    // The subgraph joins the trace under the subgraph call's span (the fetch runs inside it).
    onFetch({ options, setOptions }) {
      const traceparent = traceparentOfSpan(trace.getSpan(context.active()));
      if (!traceparent) return;
      const headers = new Headers(options.headers as HeadersInit | undefined);
      headers.set('traceparent', traceparent);
      setOptions({ ...options, headers: Object.fromEntries(headers) });
    },
    onResponse({ request, response }) {
      const span = requestSpans.get(request);
      if (!span) return;
      span.setAttribute('http.response.status_code', response.status);
      if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
    onDispose: () => flushTracing(),
  };
}

/** Ends the span when the wrapped step settles, whichever way. */
function settle(span: Span, wrapped: () => unknown): unknown {
  try {
    const result = wrapped();
    if (result && typeof (result as Promise<void>).then === 'function') {
      return (result as Promise<void>).finally(() => span.end());
    }
    span.end();
    return result;
  } catch (error) {
    span.end();
    throw error;
  }
}
