import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The process's Prometheus registry: the gateway's metrics (`gateway/metrics.ts`), the adapter
 * kit's (`subgraphs/kit/metrics.ts`) and Node's own (CPU, memory, event-loop lag, GC). A label
 * never holds personal data or anything a caller typed: only operation types, error codes, subgraph
 * names, route templates, reasons and HTTP statuses, each from a fixed vocabulary.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });
