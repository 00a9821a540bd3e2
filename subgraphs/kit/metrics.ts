import { Counter, Gauge, Histogram } from 'prom-client';
import { DURATION_BUCKETS_SECONDS, metricsRegistry } from '../../schema/telemetry/metricsRegistry.ts';

const registers = [metricsRegistry];

/**
 * Each partner call by subgraph, route template (`GET /api/v1/leerlingen`: never a URL, which holds
 * local ids) and outcome: `ok`, `not_found`, or the failure's reason in lower case (`timeout`,
 * `unreachable`, `http_error`, `invalid_response`, `too_large`, `circuit_open`, `busy`).
 */
export const partnerCalls = new Counter({
  name: 'ketengraaf_partner_calls_total',
  help: 'Calls from an adapter to its partner system, by subgraph, route template and outcome.',
  labelNames: ['subgraph', 'route', 'outcome'] as const,
  registers,
});

export const partnerCallSeconds = new Histogram({
  name: 'ketengraaf_partner_call_duration_seconds',
  help: 'Duration of partner calls (waiting for a slot included), by subgraph and route template.',
  labelNames: ['subgraph', 'route'] as const,
  buckets: DURATION_BUCKETS_SECONDS,
  registers,
});

/** 0 closed, 1 half-open (probing), 2 open (failing fast). */
export const partnerCircuitState = new Gauge({
  name: 'ketengraaf_partner_circuit_state',
  help: 'Circuit breaker state per partner system: 0 closed, 1 half-open, 2 open.',
  labelNames: ['subgraph'] as const,
  registers,
});

/** How many calls each partner has in flight, read when scraped (`watchPartner` adds a partner). */
export const inFlightBySubgraph = new Map<string, () => number>();

export const partnerInFlight = new Gauge({
  name: 'ketengraaf_partner_in_flight',
  help: 'Partner calls in progress (bulkhead slots taken) per partner system.',
  labelNames: ['subgraph'] as const,
  registers,
  collect() {
    for (const [subgraph, inFlight] of inFlightBySubgraph) this.set({ subgraph }, inFlight());
  },
});

/** Every request a subgraph answers, by route (`/graphql`, `/grants`, `/involvement`, `/health`, `other`) and HTTP status. */
export const subgraphRequestSeconds = new Histogram({
  name: 'ketengraaf_subgraph_request_duration_seconds',
  help: 'Duration of requests a subgraph answers, by subgraph, route and HTTP status.',
  labelNames: ['subgraph', 'route', 'status'] as const,
  buckets: DURATION_BUCKETS_SECONDS,
  registers,
});
