import { once } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import type { DevIssuer } from '../../gateway/devIssuer.ts';
import type { ProcessServer } from '../../schema/runProcess.ts';
import { appConfig } from './appConfig.ts';
import { devLogin } from './devLogin.ts';
import type { OidcProvider } from './oidcProviders.ts';
import { serveStatic } from './staticFiles.ts';

export interface WebServerOptions {
  port: number;
  host: string;
  /** The built app (`web/dist`). */
  root: string;
  /** The gateway's URL as the browser reaches it; read per request, as the supervisor tells it after start. */
  gatewayUrl: () => string | undefined;
  /** The development issuer, or null in production: then `/dev/token` does not exist. */
  devIssuer: DevIssuer | null;
  oidc: readonly OidcProvider[];
}

const json = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string>) => {
  response.writeHead(status, { ...headers, 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
};

/**
 * Headers on every answer. The CSP lets the page talk to itself, the gateway and the identity
 * providers only; no referrer leaves, since the app's routes carry a child's pseudonym.
 */
function securityHeaders(gatewayUrl: string | undefined, oidc: readonly OidcProvider[]): Record<string, string> {
  const connect = ["'self'", ...(gatewayUrl ? [new URL(gatewayUrl).origin] : []), ...oidc.map((p) => new URL(p.authority).origin)];
  return {
    'content-security-policy': `default-src 'self'; connect-src ${connect.join(' ')}; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'`,
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
  };
}

/**
 * The app's own web server: the built files, `GET /config.json` (gateway URL, covenant list, sign-in
 * providers), `GET /health`, and in development mode `POST /dev/token`. It holds no data and no
 * session: the browser talks to the gateway itself, with its bearer token and X-Purpose.
 */
export async function startWebServer(options: WebServerOptions): Promise<ProcessServer & { port: number }> {
  let ownOrigins: string[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://web.invalid');
    const gatewayUrl = options.gatewayUrl();
    const headers = securityHeaders(gatewayUrl, options.oidc);
    const fail = (error: unknown) => {
      if (!response.headersSent) json(response, 500, { error: 'Unexpected error.' }, headers);
      else response.destroy(error instanceof Error ? error : undefined);
    };
    if (url.pathname === '/health') return json(response, 200, { ok: true }, headers);
    if (url.pathname === '/config.json') {
      if (!gatewayUrl) return json(response, 503, { error: 'The gateway is not running yet.' }, headers);
      return json(response, 200, appConfig(gatewayUrl, options.devIssuer !== null, options.oidc), headers);
    }
    // Not even routed without a development issuer: production has no such path.
    if (url.pathname.startsWith('/dev/') && !options.devIssuer) return json(response, 404, { error: 'Not found.' }, headers);
    if (url.pathname === '/dev/token' && options.devIssuer) {
      if (request.method !== 'POST') return json(response, 405, { error: 'POST only.' }, headers);
      return void devLogin(request, options.devIssuer, ownOrigins).then(({ status, body }) => json(response, status, body, headers), fail);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return json(response, 405, { error: 'GET only.' }, headers);
    serveStatic(options.root, url.pathname, response, headers).catch(fail);
  });
  await once(server.listen(options.port, options.host), 'listening');
  const { port } = server.address() as AddressInfo;
  const host = options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
  ownOrigins = [...new Set(['localhost', '127.0.0.1', host])].map((name) => `http://${name}:${port}`);
  return {
    url: `http://${host}:${port}/`,
    port,
    close: async () => {
      server.closeAllConnections();
      await promisify(server.close.bind(server))();
    },
  };
}
