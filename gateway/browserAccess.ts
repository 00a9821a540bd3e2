import type { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { developmentMode } from '../schema/environment.ts';

/** The demo app's origin under `npm start` (`web/server`, port 4080): allowed when nothing else is configured. */
export const DEMO_APP_ORIGINS: readonly string[] = ['http://localhost:4080', 'http://127.0.0.1:4080'];

/** What a browser may do at the gateway. */
export interface BrowserAccess {
  /** Origins whose pages may call the gateway (CORS), exactly as a browser sends them (`https://app.example.nl`). */
  allowedOrigins: readonly string[];
  /** Whether `GET /graphql` with `Accept: text/html` serves GraphiQL (development and tests only). */
  graphiql: boolean;
}

/**
 * Reads `KETENGRAAF_ALLOWED_ORIGINS` (comma-separated origins; default the demo app's) and serves
 * GraphiQL only in development mode: in production the explorer would advertise the whole schema
 * to anyone who can reach the gateway, and it is a developer's tool, not a professional's.
 * A wildcard is refused: the covenant names the front-ends that may run in a professional's browser.
 */
export function browserAccessFromEnv(env: NodeJS.ProcessEnv = process.env): BrowserAccess {
  const raw = env.KETENGRAAF_ALLOWED_ORIGINS?.trim();
  const allowedOrigins = raw ? raw.split(',').map((origin) => origin.trim()).filter((origin) => origin !== '') : [...DEMO_APP_ORIGINS];
  for (const origin of allowedOrigins) {
    if (origin === '*' || origin === 'null') throw new Error(`KETENGRAAF_ALLOWED_ORIGINS: "${origin}" is not allowed; name each front-end's origin (https://app.example.nl)`);
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new Error(`KETENGRAAF_ALLOWED_ORIGINS: "${origin}" is not an origin (scheme://host[:port])`);
    }
    if (parsed.origin !== origin) throw new Error(`KETENGRAAF_ALLOWED_ORIGINS: "${origin}" is not an origin; did you mean "${parsed.origin}"?`);
  }
  return { allowedOrigins, graphiql: developmentMode(env) };
}

/** Request headers a browser client sends: the token, the purpose, the trace and the CSRF headers. */
const ALLOWED_HEADERS = ['authorization', 'content-type', 'x-purpose', 'traceparent', 'graphql-require-preflight', 'apollo-require-preflight'];

/**
 * The engine's CORS option: headers only for an allowed origin, none at all for another (so the
 * browser refuses to hand the answer to that page). No credentials: the hub authenticates with
 * bearer tokens, never cookies, so a page of another origin has nothing ambient to ride on.
 */
export function corsFor(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed.has(origin)) return false as const;
    return { origin: [origin], methods: ['GET', 'POST'], allowedHeaders: ALLOWED_HEADERS, credentials: false, maxAge: 600 };
  };
}

/**
 * GraphiQL with a headers editor prefilled with the two headers every request needs. Headers are
 * not persisted: GraphiQL would otherwise keep the bearer token in the browser's localStorage.
 */
export const GRAPHIQL_OPTIONS: NonNullable<Parameters<typeof renderGraphiQL>[0]> = {
  title: 'Ketengraaf GraphiQL (development)',
  headers: JSON.stringify({ authorization: 'Bearer <npm run -s token -- --role CASE_DIRECTOR --org gemeente-demo>', 'x-purpose': 'CASE_DISCUSSION' }, null, 2),
  shouldPersistHeaders: false,
  defaultQuery: '# Set the bearer token and X-Purpose in the Headers tab below.\n{ organisations { id name type } }\n',
};
