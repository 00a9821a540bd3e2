import { context } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

const w3c = new W3CTraceContextPropagator();

/**
 * The headers of an outgoing call (to the partner system, to casus's `/grants`, to a system of
 * record's `/involvement`) with the W3C `traceparent` of the active span, so the callee joins the
 * request's trace. It carries ids only, nothing of the caller.
 */
export function traceHeaders(headers: Record<string, string>): Record<string, string> {
  const carrier = { ...headers };
  w3c.inject(context.active(), carrier, { set: (target, key, value) => void (target[key] = value) });
  return carrier;
}
