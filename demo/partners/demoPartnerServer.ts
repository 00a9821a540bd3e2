import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ListView } from './listView.ts';

/**
 * A tiny HTTP server for the demo partner systems. Each partner system declares its routes in its
 * own format; this adds what every demo system has: bearer-token auth, `GET /health`, and a call
 * counter per route (`GET /_demo/calls`, `POST /_demo/calls/reset`) that tests use to prove
 * batching and data minimisation.
 */
export interface DemoRequest {
  url: URL;
  params: Record<string, string>;
  /** A comma-separated query parameter as a list. */
  list(name: string): string[];
}

export type DemoRoute = {
  /** Path pattern with `:name` segments, e.g. `/api/v1/leerlingen/:id`. */
  path: string;
  /** Returns the JSON body, or `null` for 404. */
  handle(request: DemoRequest): unknown;
  contentType?: string;
};

export interface DemoPartnerOptions {
  name: string;
  routes: DemoRoute[];
  /** Bearer token the system expects (`DEMO_PARTNER_TOKEN`, default `demo-partner-token`). */
  token?: string;
  port?: number;
  host?: string;
}

export interface RunningDemoPartner {
  name: string;
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_DEMO_TOKEN = 'demo-partner-token';

function compile(path: string): (pathname: string) => Record<string, string> | null {
  const names: string[] = [];
  const pattern = new RegExp(
    `^${path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    })}$`,
  );
  return (pathname) => {
    const match = pattern.exec(pathname);
    if (!match) return null;
    return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]));
  };
}

export async function startDemoPartner(options: DemoPartnerOptions): Promise<RunningDemoPartner> {
  const token = options.token ?? process.env.DEMO_PARTNER_TOKEN ?? DEFAULT_DEMO_TOKEN;
  const routes = options.routes.map((route) => ({ route, match: compile(route.path) }));
  const calls = new Map<string, number>();

  const send = (response: ServerResponse, status: number, body: unknown, contentType = 'application/json') => {
    response.writeHead(status, { 'content-type': `${contentType}; charset=utf-8` });
    response.end(JSON.stringify(body));
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return send(response, 200, { status: 'ok', system: options.name });
    if (url.pathname === '/_demo/calls') {
      if (request.method === 'POST') calls.clear();
      return send(response, 200, Object.fromEntries(calls));
    }
    if (url.pathname === '/_demo/calls/reset' && request.method === 'POST') {
      calls.clear();
      return send(response, 200, {});
    }
    if (request.headers.authorization !== `Bearer ${token}`) {
      return send(response, 401, { error: 'unauthorized', message: 'A valid bearer token is required.' });
    }
    if (request.method !== 'GET') return send(response, 405, { error: 'method_not_allowed' });
    for (const { route, match } of routes) {
      const params = match(url.pathname);
      if (!params) continue;
      calls.set(route.path, (calls.get(route.path) ?? 0) + 1);
      const list = (name: string) => (url.searchParams.get(name) ?? '').split(',').filter((item) => item !== '');
      const body = route.handle({ url, params, list });
      if (body === null) return send(response, 404, { error: 'not_found' }, route.contentType);
      return send(response, 200, body, route.contentType);
    }
    return send(response, 404, { error: 'no_such_route' });
  };

  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      console.error(`[${options.name} demo system]`, error);
      send(response, 500, { error: 'internal' });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    name: options.name,
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Pages a list (an array or a lazy ListView): `?page=1&pageSize=500` (page from 1). */
export function paged<T>(items: ListView<T>, request: DemoRequest, defaultSize = 1000) {
  const pageSize = Math.min(Math.max(Number(request.url.searchParams.get('pageSize') ?? defaultSize) || defaultSize, 1), 10_000);
  const page = Math.max(Number(request.url.searchParams.get('page') ?? 1) || 1, 1);
  const start = (page - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), page, pageSize, total: items.length, hasMore: start + pageSize < items.length };
}
