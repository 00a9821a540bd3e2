import { context, isSpanContextValid, trace } from '@opentelemetry/api';
import { pino, type DestinationStream, type Logger } from 'pino';
import { safeError } from './safeError.ts';
import { scrub } from './scrub.ts';

/**
 * Keys whose values are never logged, wherever they stand: credentials, the caller (a
 * professional is a person too), and anything that carries a request's or answer's content.
 */
const REDACTED_KEYS = ['authorization', 'cookie', 'token', 'headers', 'caller', 'professional', 'variables', 'data', 'body', 'request', 'response', 'childId', 'childIds', 'bsn'];

let sink: DestinationStream = pino.destination({ dest: 2, sync: true });

/**
 * Where log lines go: standard error, one JSON object a line, written synchronously (error lines
 * are few, and the one before a crash must not be lost in a buffer). Tests capture lines with it;
 * returns the previous sink.
 */
export function setLogSink(next: DestinationStream): DestinationStream {
  const previous = sink;
  sink = next;
  return previous;
}

/**
 * The hub's structured log (pino): JSON lines on stderr, level from `KETENGRAAF_LOG_LEVEL`
 * (default `info`). Every line written while a request is handled carries that request's
 * `traceId` and `spanId` (from the active OpenTelemetry context, the trace id the processing log
 * records), so one id finds the request in logs, traces and the log of releases.
 *
 * Never logged: the keys in `REDACTED_KEYS` at the top level or one level down (pino's redaction),
 * and in every string, pseudonyms, tokens, credentials and BSN-like numbers (`scrub`). Errors go
 * under `err` and are reduced by `safeError` to their type, code, path and scrubbed message and
 * stack: never a GraphQL error's extensions with the subgraph request and its variables.
 *
 * Use `loggerFor('gateway')` (or a subgraph's name) for a child logger naming its component.
 */
export const logger: Logger = pino(
  {
    level: process.env.KETENGRAAF_LOG_LEVEL ?? 'info',
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_KEYS.flatMap((key) => [key, `*.${key}`]), censor: '[redacted]' },
    serializers: { err: safeError, error: safeError },
    mixin: () => {
      const span = trace.getSpanContext(context.active());
      return span && isSpanContextValid(span) ? { traceId: span.traceId, spanId: span.spanId } : {};
    },
    formatters: { log: (object) => scrubValues(object) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? scrub(arg) : arg)) as Parameters<typeof method>);
      },
    },
  },
  { write: (line: string) => sink.write(line) },
);

/** Plain objects and arrays with every string scrubbed; errors are left to `safeError`. */
function scrubValues(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => scrubValues(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubValues(item, depth + 1)]));
}

/** A child logger for one component (`gateway`, or a subgraph's name), named in every line. */
export const loggerFor = (component: string): Logger => logger.child({ component });
