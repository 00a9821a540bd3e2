import type { Attributes, AttributeValue, Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { scrub } from './scrub.ts';

/**
 * The only span attributes that leave the process. The hub's own spans set nothing else; the list
 * keeps it so when a library or a later change adds one: no GraphQL document or variables, no
 * response data, no URL (a partner URL holds local ids), no client address or user agent.
 */
export const ALLOWED_SPAN_ATTRIBUTES: ReadonlySet<string> = new Set([
  'http.request.method',
  'http.route',
  'http.response.status_code',
  'graphql.operation.type',
  'graphql.operation.name',
  'ketengraaf.subgraph',
  'ketengraaf.partner.route',
  'ketengraaf.partner.outcome',
  'ketengraaf.error.codes',
  'error.type',
]);

const scrubbed = (value: AttributeValue | undefined): AttributeValue | undefined => {
  if (typeof value === 'string') return scrub(value);
  // An array of strings (error codes); other arrays are numbers or booleans and pass as they are.
  if (Array.isArray(value) && value.some((item) => typeof item === 'string')) return (value as (string | null | undefined)[]).map((item) => (typeof item === 'string' ? scrub(item) : item));
  return value;
};

const allowed = (attributes: Attributes): Attributes =>
  Object.fromEntries(Object.entries(attributes).flatMap(([key, value]) => (ALLOWED_SPAN_ATTRIBUTES.has(key) ? [[key, scrubbed(value)]] : [])));

/**
 * Wraps the exporting span processor: what it hands on has only allowed attributes, no events
 * (an exception event holds the message and stack), and its name and status message scrubbed.
 * The span itself is not changed; the exporter sees a view of it.
 */
export class PrivacySpanProcessor implements SpanProcessor {
  constructor(private readonly next: SpanProcessor) {}

  onStart(span: Span, parentContext: Context): void {
    this.next.onStart(span, parentContext);
  }

  onEnd(span: ReadableSpan): void {
    const status = span.status.message === undefined ? span.status : { ...span.status, message: scrub(span.status.message) };
    const view: ReadableSpan = Object.create(span, {
      name: { value: scrub(span.name) },
      attributes: { value: allowed(span.attributes) },
      events: { value: [] },
      status: { value: status },
    });
    this.next.onEnd(view);
  }

  forceFlush(): Promise<void> {
    return this.next.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.next.shutdown();
  }
}
