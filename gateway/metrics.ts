import { Counter, Histogram } from 'prom-client';
import { DURATION_BUCKETS_SECONDS, metricsRegistry } from '../schema/telemetry/metricsRegistry.ts';

const registers = [metricsRegistry];

/**
 * The gateway's Prometheus metrics, in the process's registry (served by `useMetrics` on its own
 * port). Other plugins count what they do here; every label value comes from a fixed vocabulary
 * (operation types, error codes, limit names, HTTP statuses), never from a caller's input.
 */
export const httpRequestSeconds = new Histogram({
  name: 'ketengraaf_gateway_http_request_duration_seconds',
  help: 'Duration of HTTP requests to the gateway, by route and status.',
  labelNames: ['route', 'status'] as const,
  buckets: DURATION_BUCKETS_SECONDS,
  registers,
});

export const operations = new Counter({
  name: 'ketengraaf_gateway_operations_total',
  help: 'GraphQL operations executed, by operation type.',
  labelNames: ['operation_type'] as const,
  registers,
});

export const operationSeconds = new Histogram({
  name: 'ketengraaf_gateway_operation_duration_seconds',
  help: 'Duration of GraphQL operations (planning, subgraph calls, restore and processing log), by operation type.',
  labelNames: ['operation_type'] as const,
  buckets: DURATION_BUCKETS_SECONDS,
  registers,
});

export const errors = new Counter({
  name: 'ketengraaf_gateway_errors_total',
  help: 'Errors in GraphQL responses, by extensions.code.',
  labelNames: ['code'] as const,
  registers,
});

const limitsHit = new Counter({
  name: 'ketengraaf_gateway_limits_hit_total',
  help: 'Requests refused or cut short by an operation limit, by limit.',
  labelNames: ['limit'] as const,
  registers,
});

export const logAppendSeconds = new Histogram({
  name: 'ketengraaf_gateway_processing_log_append_duration_seconds',
  help: 'Time the processing log takes to record one response before it is released, by outcome (ok, failed).',
  labelNames: ['outcome'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers,
});

/** A code as a label: the project's and the engine's codes are SCREAMING_SNAKE_CASE; anything else is `OTHER`. */
export const codeLabel = (code: unknown): string => (typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,63}$/.test(code) ? code : code === undefined ? 'NONE' : 'OTHER');

/**
 * Counts one request refused or cut short by an operation limit, e.g. `limitHit('depth')`,
 * `limitHit('aliases')`, `limitHit('cost')`, `limitHit('batch')`, `limitHit('execution_time')`.
 * Name the limit, never the request.
 */
export function limitHit(limit: string): void {
  limitsHit.inc({ limit: /^[a-z][a-z0-9_]{0,63}$/.test(limit) ? limit : 'other' });
}
