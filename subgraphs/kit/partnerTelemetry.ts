import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { loggerFor } from '../../schema/telemetry/logger.ts';
import { inFlightBySubgraph, partnerCalls, partnerCallSeconds, partnerCircuitState } from './metrics.ts';
import { circuitStateValue, type PartnerPolicy } from './partnerPolicy.ts';

const tracer = trace.getTracer('ketengraaf-subgraph');

/** Reports a partner's circuit state and calls in flight under its subgraph's name. */
export function watchPartner(subgraph: string, policy: PartnerPolicy): void {
  inFlightBySubgraph.set(subgraph, () => policy.inFlight);
  partnerCircuitState.set({ subgraph }, circuitStateValue(policy.circuitState));
  policy.onCircuitChange((state) => partnerCircuitState.set({ subgraph }, circuitStateValue(state)));
}

const log = loggerFor('partner');

const outcomeOf = (error: unknown): string => {
  const reason = (error as { extensions?: { reason?: unknown } }).extensions?.reason;
  return typeof reason === 'string' ? reason.toLowerCase() : 'error';
};

/**
 * One partner call as a client span (`partner GET /api/v1/leerlingen`) and in the metrics, by
 * route template and outcome. The span carries the subgraph, the template and the outcome: never
 * the URL, whose path and query name the partner's local ids.
 */
export function observePartnerCall<T>(subgraph: string, route: string, call: () => Promise<T | null>): Promise<T | null> {
  const stopTimer = partnerCallSeconds.startTimer({ subgraph, route });
  const span = tracer.startSpan(`partner ${route}`, {
    kind: SpanKind.CLIENT,
    attributes: { 'ketengraaf.subgraph': subgraph, 'ketengraaf.partner.route': route, 'http.request.method': route.split(' ')[0] ?? 'GET' },
  });
  const settle = (outcome: string) => {
    stopTimer();
    partnerCalls.inc({ subgraph, route, outcome });
    span.setAttribute('ketengraaf.partner.outcome', outcome);
    span.end();
  };
  return context.with(trace.setSpan(context.active(), span), call).then(
    (result) => {
      settle(result === null ? 'not_found' : 'ok');
      return result;
    },
    (error: unknown) => {
      const outcome = outcomeOf(error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
      // Within the span, so the line carries the request's trace id; the route, never the URL. A
      // call refused without reaching the partner (circuit open, busy) is only counted: while a
      // partner is down that is every call, and the metrics say it once.
      const level = outcome === 'circuit_open' || outcome === 'busy' ? 'debug' : 'warn';
      context.with(trace.setSpan(context.active(), span), () => log[level]({ subgraph, route, outcome }, 'partner call failed'));
      settle(outcome);
      throw error;
    },
  );
}
