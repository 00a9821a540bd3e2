import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, type CryptoKey } from 'jose';
import { CONTEXT_HEADER, GRANTS_HEADER, INVOLVEMENT_HEADER, involvementAudience, signCallerContext, subgraphAudience } from '../../schema/callerContext.ts';
import { isPurpose, isRole } from '../../schema/vocabulary.ts';

/** An HTTP front that makes a correct subgraph behave like a broken one at its door. */
export interface BrokenFront {
  url: string;
  close(): Promise<void>;
}

const callerIn = (token: string | undefined) => {
  const claims = token ? (() => { try { return decodeJwt(token); } catch { return {}; } })() : {};
  return {
    professional: typeof claims.sub === 'string' ? claims.sub : 'anyone',
    organisation: typeof claims.org === 'string' ? claims.org : 'gemeente-demo',
    role: isRole(claims.role) ? claims.role : 'CASE_DIRECTOR',
    purpose: isPurpose(claims.purpose) ? claims.purpose : 'CASE_DISCUSSION',
  } as const;
};

/**
 * A subgraph whose door trusts what it is sent: `graphql` takes any context (none, forged, expired,
 * misaddressed) and GET as well as POST; `involvement` takes any context for `POST /involvement`.
 */
export async function brokenFront(subgraphUrl: string, subgraph: string, key: CryptoKey, broken: 'graphql' | 'involvement'): Promise<BrokenFront> {
  const server = createServer((request, response) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
      const url = new URL(request.url ?? '/', 'http://front');
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      for (const name of [CONTEXT_HEADER, GRANTS_HEADER, INVOLVEMENT_HEADER, 'traceparent']) {
        const value = request.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      let body = Buffer.concat(chunks).toString('utf8');
      if (broken === 'graphql' && url.pathname === '/graphql') {
        headers[CONTEXT_HEADER] = await signCallerContext(callerIn(headers[CONTEXT_HEADER]), key, subgraphAudience(subgraph));
        if (request.method === 'GET') body = JSON.stringify({ query: url.searchParams.get('query') });
      }
      if (broken === 'involvement' && url.pathname === '/involvement' && request.method === 'POST') {
        headers[INVOLVEMENT_HEADER] = await signCallerContext(callerIn(headers[INVOLVEMENT_HEADER] ?? headers[CONTEXT_HEADER]), key, involvementAudience(subgraph));
      }
      const method = broken === 'graphql' && url.pathname === '/graphql' ? 'POST' : (request.method ?? 'GET');
      const answer = await fetch(new URL(url.pathname, subgraphUrl), { method, headers, body: method === 'GET' ? undefined : body });
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
    })().catch(() => response.writeHead(502).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
