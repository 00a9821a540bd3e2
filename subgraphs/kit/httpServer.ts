import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import { loggerFor } from '../../schema/telemetry/logger.ts';
import { observeRequest } from './requestTelemetry.ts';

/** Used by every subgraph: Apollo Server on Node's http, with a health route. */
export interface ServeOptions<C extends BaseContext> {
  /** The subgraph's name, in its spans, metrics and log lines. */
  name: string;
  port: number;
  host: string;
  /** Builds the request's context from the request and its parsed body; throw a GraphQLError with `extensions.http.status` to refuse it. */
  context: (request: IncomingMessage, body: unknown) => Promise<C>;
  /** `GET /health`: 200 when `ok`, else 503; the report is the JSON body. */
  health: () => Promise<{ ok: boolean } & Record<string, unknown>>;
  /** Largest accepted request body. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Internal JSON routes beside `/graphql` (`/grants`, `/involvement`), by path. */
  routes?: Readonly<Record<string, (request: IncomingMessage, body: unknown) => Promise<{ status: number; body: unknown }>>>;
  /**
   * Whether `/graphql` answers GET. Default true (the gateway's clients); subgraphs set false:
   * the gateway always POSTs, and a GET would run a document no body check ever saw.
   */
  allowGet?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const sendJson = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
};

const requestError = (message: string) => ({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });

async function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The route as a label: the server's own paths, or `other` (never a path a caller made up). */
function routeOf(request: IncomingMessage, routes: ServeOptions<BaseContext>['routes']): string {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  return path === '/graphql' || path === '/health' || (routes && path in routes) ? path : 'other';
}

export async function serveApollo<C extends BaseContext>(apollo: ApolloServer<C>, options: ServeOptions<C>): Promise<RunningServer> {
  await apollo.start();
  const limit = options.maxBodyBytes ?? 1024 * 1024;

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      const report = await options.health().catch((error: unknown) => ({ ok: false, error: String(error) }));
      return sendJson(response, report.ok ? 200 : 503, report);
    }
    const route = options.routes?.[url.pathname];
    if (url.pathname !== '/graphql' && !route) return sendJson(response, 404, requestError('Not found: the GraphQL endpoint is /graphql.'));
    if (!route && options.allowGet === false && request.method !== 'POST') {
      response.setHeader('allow', 'POST');
      return sendJson(response, 405, requestError('This subgraph answers POST requests from the Ketengraaf gateway only.'));
    }

    const raw = await readBody(request, limit);
    if (raw === null) return sendJson(response, 413, requestError(`The request body exceeds ${limit} bytes.`));
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = raw;
    if ((headers.get('content-type') ?? '').includes('application/json') && raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        return sendJson(response, 400, requestError('The request body is not valid JSON.'));
      }
    }
    if (route) {
      const answer = await route(request, body);
      return sendJson(response, answer.status, answer.body);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: (request.method ?? 'GET').toUpperCase(), headers, search: url.search, body };
    const result = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => options.context(request, body) });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') return response.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };

  const log = loggerFor(options.name);
  const server = createServer((request, response) => {
    observeRequest(options.name, request, response, routeOf(request, options.routes), () =>
      handle(request, response).catch((error: unknown) => {
        log.error({ err: error }, 'unhandled request failure');
        if (!response.headersSent) sendJson(response, 500, requestError('Unexpected error.'));
        else response.end();
      }),
    );
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}/graphql`,
    port,
    close: async () => {
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
