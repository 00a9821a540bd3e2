import type { CryptoKey } from 'jose';
import { traceparentOf } from '../../gateway/traceContext.ts';
import {
  CONTEXT_HEADER,
  GRANTS_AUDIENCE,
  GRANTS_HEADER,
  INVOLVEMENT_HEADER,
  importContextKey,
  involvementAudience,
  signCallerContext,
  subgraphAudience,
  type ContextCaller,
} from '../../schema/callerContext.ts';
import { recordSubgraphOf } from '../../schema/subgraphs.ts';

/** The callers of the bench's workloads; a bare gateway is told which one by `x-bench-caller`. */
export const BENCH_CALLERS = {
  director: { professional: 'bench-regisseur', organisation: 'gemeente-demo', role: 'CASE_DIRECTOR', purpose: 'CASE_DISCUSSION' },
  coordinator: { professional: 'bench-ib', organisation: 'school-esdoorn', role: 'SCHOOL_CARE_COORDINATOR', purpose: 'CASE_DISCUSSION' },
} as const satisfies Record<string, ContextCaller>;
export type BenchCaller = keyof typeof BENCH_CALLERS;
export const BENCH_CALLER_HEADER = 'x-bench-caller';

/**
 * For the bare gateways: the headers the hub would send each subgraph, signed ahead of the
 * requests and again every 10 s (a context lives 30 s), so the subgraphs do the same work behind
 * every gateway while a bare gateway spends nothing on signing during a request.
 */
export async function presignedContexts(privateJwk: string, subgraphs: readonly string[]) {
  const key: CryptoKey = await importContextKey(privateJwk);
  let headers = new Map<string, Record<string, string>>();
  const signAll = async () => {
    const next = new Map<string, Record<string, string>>();
    for (const [name, caller] of Object.entries(BENCH_CALLERS)) {
      const grants = await signCallerContext(caller, key, GRANTS_AUDIENCE);
      for (const subgraph of subgraphs) {
        const own: Record<string, string> = { [CONTEXT_HEADER]: await signCallerContext(caller, key, subgraphAudience(subgraph)), [GRANTS_HEADER]: grants };
        const record = subgraph === 'casus' ? recordSubgraphOf(caller.organisation) : null;
        if (record) own[INVOLVEMENT_HEADER] = await signCallerContext(caller, key, involvementAudience(record));
        next.set(`${name}|${subgraph}`, own);
      }
    }
    headers = next;
  };
  await signAll();
  setInterval(() => void signAll(), 10_000).unref();
  // Each request has its own trace, as behind the hub: without it the engines' in-flight
  // deduplication would merge the concurrent identical requests of the load tool into one.
  const traces = new WeakMap<object, string>();
  return (request: object, caller: string | null | undefined, subgraph: string): Record<string, string> => {
    let traceparent = traces.get(request);
    if (!traceparent) {
      traceparent = traceparentOf(null);
      traces.set(request, traceparent);
    }
    return { ...headers.get(`${caller ?? 'coordinator'}|${subgraph}`), traceparent };
  };
}
