import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ProcessState } from '../../schema/supervisorMessages.ts';
import { healthUrlOf } from '../supergraphServices.ts';

export interface HealthOptions {
  /** The subgraphs behind the gateway, with their GraphQL URLs. */
  subgraphs: readonly { name: string; url: string }[];
  /** Path of the check. @default '/health' */
  path?: string;
  /**
   * Every component's process under a supervisor (`npm start`), or null without one. A component
   * that is not `running` (a crashed subgraph being restarted) makes the check fail and is named.
   * @default none
   */
  processes?: () => Readonly<Record<string, ProcessState>> | null;
  /** How long one subgraph may take to answer its own `/health`, in ms. @default 3000 */
  timeoutMs?: number;
}

/**
 * `GET /health`: 200 only when every subgraph's own health check answers (each checks its partner
 * system), else 503 naming the failing ones, so an operator or load balancer sees which partner is
 * down. It answers before authentication: it names subgraphs, never a person. The engine's own
 * `/healthcheck` (the process is alive) and `/readiness` (the supergraph is loaded) stay as they are.
 * Under `npm start` it also shows each process the supervisor runs (state, pid, restarts).
 */
export function useHealth(options: HealthOptions): GatewayPlugin {
  const path = options.path ?? '/health';
  const timeoutMs = options.timeoutMs ?? 3000;
  const check = async () => {
    const states = await Promise.all(
      options.subgraphs.map(async ({ name, url }) => {
        const ok = await fetch(healthUrlOf(url), { signal: AbortSignal.timeout(timeoutMs) }).then((r) => r.ok, () => false);
        return [name, ok ? 'ok' : 'unavailable'] as const;
      }),
    );
    const processes = options.processes?.() ?? null;
    const processesOk = processes === null || Object.values(processes).every(({ state }) => state === 'running');
    return {
      ok: states.every(([, state]) => state === 'ok') && processesOk,
      subgraphs: Object.fromEntries(states),
      ...(processes === null ? {} : { processes }),
    };
  };
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== path) return undefined;
      return check().then((report) => endResponse(fetchAPI.Response.json(report, { status: report.ok ? 200 : 503 })));
    },
  };
}
