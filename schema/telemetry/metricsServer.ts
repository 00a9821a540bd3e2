import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { metricsRegistry } from './metricsRegistry.ts';

/** Where the metrics listener listens: never the port the GraphQL clients reach. */
export interface MetricsListenOptions {
  port: number;
  /** @default 127.0.0.1: reachable by a scraper on the same host or through a sidecar; set `METRICS_HOST` to widen it. */
  host?: string;
}

export interface MetricsListener {
  /** `http://host:port/metrics`. */
  url: string;
  /** Gives the listener back; the last holder's release closes it. */
  release(): Promise<void>;
}

interface Shared {
  server: Server;
  url: string;
  holders: number;
}

const listeners = new Map<string, Promise<Shared>>();

/**
 * `GET /metrics` in Prometheus's text format, on a listener of its own. The gateway's port faces
 * the front-ends and takes anyone with a token: scraping there would tell any caller which partner
 * is failing and how busy the hub is, and a scraper cannot take part in the hub's authentication.
 * A separate port (off unless configured, on the loopback interface by default) can be opened to
 * the monitoring network only. Gateway and subgraphs in one process that name the same port share
 * one listener, serving the one registry.
 */
export async function acquireMetricsListener(options: MetricsListenOptions): Promise<MetricsListener> {
  const host = options.host ?? '127.0.0.1';
  const key = `${host}:${options.port}`;
  let pending = listeners.get(key);
  if (!pending) {
    pending = listen(options.port, host);
    listeners.set(key, pending);
    pending.catch(() => listeners.delete(key));
  }
  const shared = await pending;
  shared.holders++;
  let released = false;
  return {
    url: shared.url,
    release: async () => {
      if (released) return;
      released = true;
      if (--shared.holders > 0) return;
      listeners.delete(key);
      shared.server.closeAllConnections();
      await new Promise<void>((resolve) => shared.server.close(() => resolve()));
    },
  };
}

async function listen(port: number, host: string): Promise<Shared> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method !== 'GET' || path !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: metrics are at GET /metrics.\n');
      return;
    }
    metricsRegistry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(text),
      () => response.writeHead(500, { 'content-type': 'text/plain' }).end('Metrics could not be collected.\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  // A scrape endpoint never keeps a process alive that is otherwise done.
  server.unref();
  const address = server.address() as AddressInfo;
  return { server, url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}/metrics`, holders: 0 };
}

/** The listener settings from the environment, or `null` when metrics are not served. */
export function metricsListenFromEnv(variable: string, env: NodeJS.ProcessEnv = process.env): MetricsListenOptions | null {
  const raw = env[variable];
  if (raw === undefined || raw === '') return null;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`${variable} must be a port number (0 for any free port), got "${raw}"`);
  return { port, host: env.METRICS_HOST ?? '127.0.0.1' };
}
