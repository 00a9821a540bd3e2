import type { IncomingMessage, ServerResponse } from 'node:http';
import { context, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { subgraphRequestSeconds } from './metrics.ts';

const tracer = trace.getTracer('ketengraaf-subgraph');
const w3c = new W3CTraceContextPropagator();
const headerGetter = {
  get: (headers: IncomingMessage['headers'], key: string) => headers[key],
  keys: (headers: IncomingMessage['headers']) => Object.keys(headers),
};

/**
 * One request to a subgraph as a server span in the gateway's trace (its `traceparent`), made the
 * active context while it is handled, so the partner calls it makes are its children and its log
 * lines carry the trace id; and its duration in `ketengraaf_subgraph_request_duration_seconds`.
 * The span names the subgraph, method, route and status: nothing of the request's content.
 */
export function observeRequest(subgraph: string, request: IncomingMessage, response: ServerResponse, route: string, handle: () => Promise<unknown>): void {
  const parent = w3c.extract(ROOT_CONTEXT, request.headers, headerGetter);
  const method = request.method ?? 'GET';
  const span = tracer.startSpan(`${method} ${route}`, { kind: SpanKind.SERVER, attributes: { 'ketengraaf.subgraph': subgraph, 'http.request.method': method, 'http.route': route } }, parent);
  const stopTimer = subgraphRequestSeconds.startTimer({ subgraph, route });
  let ended = false;
  // `finish` when the answer is written, `close` when the connection went first.
  const end = () => {
    if (ended) return;
    ended = true;
    stopTimer({ status: String(response.statusCode) });
    span.setAttribute('http.response.status_code', response.statusCode);
    if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
  response.once('finish', end);
  response.once('close', end);
  void context.with(trace.setSpan(parent, span), handle);
}
