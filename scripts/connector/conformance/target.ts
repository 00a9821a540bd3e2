import { SignJWT, type CryptoKey } from 'jose';
import { CONTEXT_HEADER, GRANTS_AUDIENCE, INVOLVEMENT_HEADER, involvementAudience, signCallerContext, subgraphAudience } from '../../../schema/callerContext.ts';
import type { Purpose, Role } from '../../../schema/vocabulary.ts';
import type { RecordingProxy } from './recordingProxy.ts';

/** The subgraph under test, reached only over HTTP, and what the suite may use to talk to it. */
export interface ConformanceTarget {
  /** The subgraph's name: contexts are addressed to it. */
  subgraph: string;
  /** Its `/graphql` URL. */
  url: string;
  /** The gateway's private context key (the suite signs as the gateway would). */
  contextKey: CryptoKey;
  /** A key the subgraph does not trust, for forged contexts. */
  forgerKey: CryptoKey;
  /** The recording proxy the subgraph's partner calls go through. */
  proxy: RecordingProxy;
  /** The covenant's pseudonym key, to derive pseudonyms from the BSNs the partner holds. */
  pseudonymKey: string;
  /** The subgraph's partner timeout: a hanging partner must give an error within it (plus slack). */
  partnerTimeoutMs: number;
  /** Every answer the suite saw, for the leak check. */
  transcript: string[];
}

export interface Caller {
  role: Role;
  organisation: string;
  purpose: Purpose;
}

export interface Answer {
  status: number;
  text: string;
  body: { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

const TRACEPARENT = '00-c0ffee00000000000000000000000001-0000000000000001-01';
export const sign = (target: ConformanceTarget, caller: Caller, audience = subgraphAudience(target.subgraph)) =>
  signCallerContext({ ...caller, professional: `conformance-${caller.role.toLowerCase()}` }, target.contextKey, audience);

/** A context that expired a minute ago, signed with the right key. */
export async function expiredContext(target: ConformanceTarget, caller: Caller): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ org: caller.organisation, role: caller.role, purpose: caller.purpose })
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject('conformance-expired')
    .setIssuer('ketengraaf-gateway')
    .setAudience(subgraphAudience(target.subgraph))
    .setIssuedAt(now - 120)
    .setExpirationTime(now - 60)
    .sign(target.contextKey);
}

export const narrowAudiences = (target: ConformanceTarget) => ({ grants: GRANTS_AUDIENCE, involvement: involvementAudience(target.subgraph), otherInvolvement: involvementAudience(`not-${target.subgraph}`) });

/** Sends a request to one of the subgraph's routes and keeps the answer for the leak check. */
export async function send(
  target: ConformanceTarget,
  options: { path?: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: unknown; query?: string; timeoutMs?: number },
): Promise<Answer> {
  const url = new URL(options.path ?? '/graphql', target.url);
  if (options.method === 'GET' && options.query) url.searchParams.set('query', options.query);
  const response = await fetch(url, {
    method: options.method ?? 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', traceparent: TRACEPARENT, ...options.headers },
    body: options.method === 'GET' ? undefined : JSON.stringify(options.body ?? { query: options.query }),
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  });
  const text = await response.text();
  target.transcript.push(text);
  let body: Answer['body'] = {};
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    // a non-JSON answer carries no data either
  }
  return { status: response.status, text, body };
}

/** A GraphQL query as the given caller, with a context the gateway would sign for it. */
export async function queryAs(target: ConformanceTarget, caller: Caller, query: string, timeoutMs?: number): Promise<Answer> {
  return send(target, { headers: { [CONTEXT_HEADER]: await sign(target, caller) }, query, timeoutMs });
}

/** `POST /involvement` as casus forwards it, with the involvement-only context for this subgraph. */
export async function involvementOf(target: ConformanceTarget, caller: Pick<Caller, 'role' | 'organisation'>, childIds: readonly string[]): Promise<boolean[] | null> {
  const token = await sign(target, { ...caller, purpose: 'SIGNALLING' }, involvementAudience(target.subgraph));
  const answer = await send(target, { path: '/involvement', headers: { [INVOLVEMENT_HEADER]: token }, body: { childIds } });
  return Array.isArray(answer.body.data) ? (answer.body.data as boolean[]) : null;
}
