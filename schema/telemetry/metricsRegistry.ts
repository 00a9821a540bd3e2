import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The process's Prometheus registry: the gateway's metrics (`gateway/metrics.ts`), the adapter
 * kit's (`subgraphs/kit/metrics.ts`) and Node's own (CPU, memory, event-loop lag, GC). A label
 * never holds personal data or anything a caller typed: only operation types, error codes, subgraph
 * names, route templates, reasons and HTTP statuses, each from a fixed vocabulary.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

/** Histogram buckets for request and call durations, in seconds: a few ms up to past the 5 and 10 s timeouts. */
export const DURATION_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
