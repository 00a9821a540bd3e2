import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../schema/caller.ts';
import {
  CONTEXT_HEADER,
  GRANTS_AUDIENCE,
  GRANTS_HEADER,
  INVOLVEMENT_HEADER,
  generateContextKeys,
  involvementAudience,
  signCallerContext,
  subgraphAudience,
  type ContextKeyPair,
} from '../../schema/callerContext.ts';
import { SUBGRAPHS } from '../../schema/subgraphs.ts';
import { demoChildren, pick } from '../harness/demoChildren.ts';
import { startTestHub, TEST_POPULATION, type TestHub } from '../harness/testHub.ts';
import { MUTATIONS, hubCaller, leaked, ok } from './adversary.ts';

// Someone inside the network (an adapter's operator, a neighbour on the host) calls the subgraphs
// directly, past the gateway, with every kind of context they could hold or make: none, forged
// with another key, expired, addressed to another subgraph, the grants-only and involvement-only
// contexts, and a full one; over GET and POST at /graphql, /grants and /involvement. Each token
// is sent in every context header at once, so a route reading the wrong header is caught too.
let hub: TestHub;
let otherKeys: ContextKeyPair;
const children = demoChildren(TEST_POPULATION);
const pupil = pick(children, 'is a pupil of De Esdoorn and a JGZ client', (c) => c.school === 'school-esdoorn' && c.jgzClient);
const CONTACTS = ['Contact Esdoorn (adv)', 'Contact JGZ (adv)'];
const director: Caller = { professional: 'regisseur-adv', organisation: 'gemeente-demo', role: 'CASE_DIRECTOR', purpose: 'SIGNALLING', traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' };
const NAMES = SUBGRAPHS.map((s) => s.name);
const otherThan = (name: string) => NAMES.find((n) => n !== name && n !== 'auditlog') ?? 'school';
const PARTNERS = new Set(SUBGRAPHS.filter((s) => s.recordsOf !== null).map((s) => s.name));
/** What /graphql is asked: casus the match list with contact names, the others their own SDL. */
const documentFor = (name: string) => (name === 'casus' ? /* GraphQL */ `{ myMatches { child { id } signals { contact { name } } } }` : /* GraphQL */ `{ _service { sdl } }`);

type ContextKind = 'none' | 'forged' | 'expired' | 'other subgraph' | 'grants-only' | 'involvement-only, here' | 'involvement-only, elsewhere' | 'full';
const KINDS: ContextKind[] = ['none', 'forged', 'expired', 'other subgraph', 'grants-only', 'involvement-only, here', 'involvement-only, elsewhere', 'full'];

async function expired(caller: Caller, audience: string) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ org: caller.organisation, role: caller.role, purpose: caller.purpose, traceparent: caller.traceparent })
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject(caller.professional)
    .setIssuer('ketengraaf-gateway')
    .setAudience(audience)
    .setIssuedAt(now - 120)
    .setExpirationTime(now - 60)
    .sign(hub.contextKeys.privateKey);
}

async function tokenFor(kind: ContextKind, name: string, caller: Caller = director): Promise<string | null> {
  const key = hub.contextKeys.privateKey;
  switch (kind) {
    case 'none':
      return null;
    case 'forged':
      return signCallerContext(caller, otherKeys.privateKey, subgraphAudience(name));
    case 'expired':
      return expired(caller, subgraphAudience(name));
    case 'other subgraph':
      return signCallerContext(caller, key, subgraphAudience(otherThan(name)));
    case 'grants-only':
      return signCallerContext(caller, key, GRANTS_AUDIENCE);
    case 'involvement-only, here':
      return signCallerContext(caller, key, involvementAudience(name));
    case 'involvement-only, elsewhere':
      return signCallerContext(caller, key, involvementAudience(otherThan(name)));
    case 'full':
      return signCallerContext(caller, key, subgraphAudience(name));
  }
}

const headersWith = (token: string | null): Record<string, string> =>
  token ? { [CONTEXT_HEADER]: token, [GRANTS_HEADER]: token, [INVOLVEMENT_HEADER]: token, 'content-type': 'application/json' } : { 'content-type': 'application/json' };

async function call(name: string, path: string, method: 'GET' | 'POST', token: string | null, body?: unknown) {
  const base = new URL(hub.subgraphs[name]?.url ?? '');
  const url = new URL(path, base);
  if (method === 'GET' && path === '/graphql') url.searchParams.set('query', documentFor(name));
  if (method === 'GET' && path !== '/graphql') url.searchParams.set('childIds', pupil.id);
  const response = await fetch(url, { method, headers: headersWith(token), body: method === 'POST' ? JSON.stringify(body) : undefined });
  const text = await response.text();
  let parsed: { data?: unknown } = {};
  try {
    parsed = JSON.parse(text) as { data?: unknown };
  } catch {
    // a non-JSON answer carries no data either
  }
  return { status: response.status, text, hasData: parsed.data !== undefined && parsed.data !== null };
}

beforeAll(async () => {
  hub = await startTestHub();
  otherKeys = await generateContextKeys();
  for (const [caller, contactName] of [
    [hubCaller('SCHOOL_CARE_COORDINATOR', 'school-esdoorn', 'SIGNALLING'), CONTACTS[0]],
    [hubCaller('JGZ_PROFESSIONAL', 'ggd-regio', 'SIGNALLING'), CONTACTS[1]],
  ] as const) {
    ok(await hub.query(caller, MUTATIONS.registerSignal, { input: { childId: pupil.id, childBirthDate: pupil.birthDate, contactName } }), 'registerSignal');
  }
});
afterAll(async () => {
  await hub?.close();
});

describe.each(NAMES)('the %s subgraph called directly', (name) => {
  it.each(KINDS)('with %s context: only the right context at the right route and method gets data', async (kind) => {
    const token = await tokenFor(kind, name);
    const answers = {
      'GET /graphql': await call(name, '/graphql', 'GET', token),
      'POST /graphql': await call(name, '/graphql', 'POST', token, { query: documentFor(name) }),
      'GET /grants': await call(name, '/grants', 'GET', token),
      'POST /grants': await call(name, '/grants', 'POST', token, { childIds: [pupil.id] }),
      'GET /involvement': await call(name, '/involvement', 'GET', token),
      'POST /involvement': await call(name, '/involvement', 'POST', token, { childIds: [pupil.id] }),
    };
    const served = Object.entries(answers)
      .filter(([, answer]) => answer.hasData)
      .map(([route]) => route);
    const expected = {
      full: ['POST /graphql'],
      'grants-only': name === 'casus' ? ['POST /grants'] : [],
      'involvement-only, here': PARTNERS.has(name) ? ['POST /involvement'] : [],
    }[kind as string] ?? [];
    expect(served).toEqual(expected);
    // GET executes nothing anywhere; a route a subgraph does not have is not found.
    expect(answers['GET /graphql'].status).toBe(405);
    expect(answers['GET /grants'].status).toBe(name === 'casus' ? 405 : 404);
    expect(answers['GET /involvement'].status).toBe(PARTNERS.has(name) ? 405 : 404);
    for (const [route, answer] of Object.entries(answers)) {
      if (!answer.hasData && answer.status < 404) expect(answer.status, route).toBe(401);
      // Only the full context's POST /graphql at casus may name the match's contacts.
      if (!(kind === 'full' && route === 'POST /graphql')) expect(leaked(answer.text, CONTACTS), route).toEqual([]);
    }
    if (kind === 'full' && name === 'casus') expect(leaked(answers['POST /graphql'].text, CONTACTS)).toEqual(CONTACTS);
  });
});

describe('the narrow contexts do exactly one thing', () => {
  it('GET with a full casus context runs no mutation: nothing is registered', async () => {
    const school: Caller = { ...director, professional: 'ib-kompas-adv', organisation: 'school-kompas', role: 'SCHOOL_CARE_COORDINATOR' };
    const token = await signCallerContext(school, hub.contextKeys.privateKey, subgraphAudience('casus'));
    const url = new URL(hub.subgraphs.casus?.url ?? '');
    url.searchParams.set('query', `mutation { registerSignal(input: { childId: "${pupil.id}", childBirthDate: "${pupil.birthDate}", contactName: "GET" }) { id } }`);
    const response = await fetch(url, { headers: headersWith(token) });
    expect(response.status).toBe(405);
    const mine = await fetch(hub.subgraphs.casus?.url ?? '', { method: 'POST', headers: headersWith(token), body: JSON.stringify({ query: '{ mySignals { id } }' }) });
    expect(((await mine.json()) as { data: { mySignals: unknown[] } }).data.mySignals).toEqual([]);
  });

  it("the involvement context answers only about the caller's own organisation, whatever the body names", async () => {
    const ask = async (organisation: string, body: Record<string, unknown>) => {
      const caller: Caller = { ...director, professional: `ib-${organisation}`, organisation, role: 'SCHOOL_CARE_COORDINATOR' };
      const token = await signCallerContext(caller, hub.contextKeys.privateKey, involvementAudience('school'));
      const answer = await call('school', '/involvement', 'POST', token, body);
      return JSON.parse(answer.text) as { data?: boolean[] };
    };
    expect((await ask('school-esdoorn', { childIds: [pupil.id] })).data).toEqual([true]);
    expect((await ask('school-kompas', { childIds: [pupil.id] })).data).toEqual([false]);
    expect((await ask('school-kompas', { childIds: [pupil.id], organisation: 'school-esdoorn', organisationId: 'school-esdoorn' })).data).toEqual([false]);
  });

  it('the grants context reads grants only: no case, no match, no entity at casus, over POST either', async () => {
    const token = await signCallerContext({ ...director, purpose: 'CASE_DISCUSSION' }, hub.contextKeys.privateKey, GRANTS_AUDIENCE);
    for (const query of [
      '{ myMatches { signals { contact { name } } } }',
      '{ myCases { id } }',
      `{ _entities(representations: [{ __typename: "Child", id: "${pupil.id}" }]) { ... on Child { openCase { id } consents { id } } } }`,
      '{ _childGrants: __typename }',
    ]) {
      const answer = await call('casus', '/graphql', 'POST', token, { query });
      expect(answer.status, query).toBe(401);
      expect(answer.hasData, query).toBe(false);
    }
  });
});
