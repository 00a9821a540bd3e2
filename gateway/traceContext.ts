import { randomBytes } from 'node:crypto';
import { context, isSpanContextValid, trace, TraceFlags, type Span } from '@opentelemetry/api';

const TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** The W3C `traceparent` naming this span, or `null` for a span without a valid context. */
export function traceparentOfSpan(span: Span | undefined): string | null {
  const spanContext = span?.spanContext();
  if (!spanContext || !isSpanContextValid(spanContext)) return null;
  return `00-${spanContext.traceId}-${spanContext.spanId}-${spanContext.traceFlags.toString(16).padStart(2, '0')}`;
}

/** A span that only names a new trace (tracing off, no trace from the client): ids, nothing recorded. */
export const freshTraceSpan = (): Span =>
  trace.wrapSpanContext({ traceId: randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex'), traceFlags: TraceFlags.SAMPLED });

/**
 * The request's W3C trace: that of the gateway's request span (`useTracing`), which continues the
 * client's `traceparent` or starts a trace, so the processing log, the log lines and the exported
 * spans share one trace id. Without a request span (a test that runs plugins alone), the client's
 * header as before, or a new trace.
 */
export function traceparentOf(header: string | null | undefined): string {
  const active = traceparentOfSpan(trace.getSpan(context.active()));
  if (active) return active;
  if (header && TRACEPARENT.test(header) && !header.startsWith('00-00000000000000000000000000000000')) return header;
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;
}
