import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST } from 'graphql';
import { acquireMetricsListener, metricsListenFromEnv, type MetricsListener, type MetricsListenOptions } from '../../schema/telemetry/metricsServer.ts';
import { loggerFor } from '../../schema/telemetry/logger.ts';
import { codeLabel, errors, httpRequestSeconds, operations, operationSeconds } from '../metrics.ts';

export interface MetricsOptions {
  /** Where `/metrics` is served; `null`: not served (the metrics are still counted). @default from `METRICS_PORT` and `METRICS_HOST` */
  listen?: MetricsListenOptions | null;
}

const log = loggerFor('gateway');
const ROUTES = new Set(['/graphql', '/health', '/healthcheck', '/readiness']);

/**
 * Counts every HTTP request (route, status, duration), every operation (type, duration) and every
 * error in a response (by code) into the process's Prometheus registry, and serves the registry at
 * `GET /metrics` on its own internal port when `METRICS_PORT` is set (never on the GraphQL port:
 * see `acquireMetricsListener`). Labels never carry what a caller sent: no operation names, no
 * paths beyond the gateway's own routes.
 */
export function useMetrics(options: MetricsOptions = {}): GatewayPlugin {
  const listen = options.listen === undefined ? metricsListenFromEnv('METRICS_PORT') : options.listen;
  const listener: Promise<MetricsListener | null> | null = listen
    ? acquireMetricsListener(listen).catch((error: unknown) => {
        log.error({ err: error, port: listen.port }, 'the metrics listener could not start; metrics are counted but not served');
        return null;
      })
    : null;
  const started = new WeakMap<Request, (labels: { status: string }) => void>();
  return {
    onRequest({ request, url }) {
      const route = ROUTES.has(url.pathname) ? url.pathname : 'other';
      started.set(request, httpRequestSeconds.startTimer({ route }));
    },
    onExecute({ args }) {
      const operationType = getOperationAST(args.document, args.operationName)?.operation ?? 'unknown';
      operations.inc({ operation_type: operationType });
      const stop = operationSeconds.startTimer({ operation_type: operationType });
      return { onExecuteDone: () => void stop() };
    },
    // Counted as they leave (after masking), so the codes are those the clients see, parse and
    // validation failures and refusals before execution included.
    onResultProcess({ result }) {
      for (const one of Array.isArray(result) ? result : [result]) {
        if (!one || typeof one !== 'object' || !('errors' in one) || !Array.isArray(one.errors)) continue;
        for (const error of one.errors as { extensions?: { code?: unknown } }[]) errors.inc({ code: codeLabel(error.extensions?.code) });
      }
    },
    onResponse({ request, response }) {
      started.get(request)?.({ status: String(response.status) });
    },
    onDispose: async () => {
      await (await listener)?.release();
    },
  };
}
