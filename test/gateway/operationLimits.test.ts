import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { DEFAULT_OPERATION_LIMITS } from '../../gateway/limits/operationLimits.ts';
import { ErrorCode } from '../../schema/errors.ts';
import { attacks, HOSTILE_CALLER, limitEdges, type HostileRequest } from '../harness/hostileRequests.ts';
import { startTestHub, type TestHub } from '../harness/testHub.ts';

// Issue 10: one authenticated caller took the whole hub down with a 385-byte query of nested
// lists, 2,000 nested fragments, 10,000 aliases or a batch of 1,000 operations. Every one of them
// must now be refused before anything is planned or fetched, with its own code, and the hub must
// answer normally afterwards.
let hub: TestHub;
let headers: Record<string, string>;
const NORMAL = /* GraphQL */ `{ organisation(id: "school-esdoorn") { name pupils(first: 3) { id schoolEnrolment { group } } } }`;
let normalAnswer: unknown;

beforeAll(async () => {
  hub = await startTestHub();
  const token = await hub.devIssuer.issue({ role: HOSTILE_CALLER.role, organisation: HOSTILE_CALLER.org });
  headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': HOSTILE_CALLER.purpose };
  normalAnswer = (await hub.query(HOSTILE_CALLER, NORMAL)).body;
});
afterAll(async () => {
  await hub?.close();
});

const send = async (body: string) => {
  const response = await fetch(hub.gateway.url, { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as any };
};
const LIMIT_CODES: string[] = [
  ErrorCode.REQUEST_TOO_LARGE, ErrorCode.BATCH_TOO_LARGE, ErrorCode.OPERATION_TOO_LARGE, ErrorCode.OPERATION_TOO_DEEP,
  ErrorCode.TOO_MANY_ALIASES, ErrorCode.TOO_MANY_DIRECTIVES, ErrorCode.FRAGMENT_CYCLE, ErrorCode.OPERATION_TOO_COSTLY,
];
/** Names the hostile documents use: a refusal must not repeat the document back. */
const DOCUMENT_NAMES = /pupils|schoolEnrolment|organisation\(|school-esdoorn|"A"|\bF0\b|\bL0\b|\ba0\b|\bp0\b|\bc0\b/;

const expectAnswer = async (request: HostileRequest) => {
  const { status, body } = await send(request.body);
  expect({ status, code: (Array.isArray(body) ? body : [body]).flatMap((one) => one.errors ?? []).find((e: any) => LIMIT_CODES.includes(e.extensions?.code))?.extensions?.code }).toEqual(
    request.expected.code ? request.expected : { status: 200, code: undefined },
  );
  if (!request.expected.code) return;
  expect(body.data ?? null).toBeNull();
  const [error] = body.errors;
  if (error.extensions.limit !== undefined) expect(error.message).toContain(String(error.extensions.limit));
  expect(error.message).not.toMatch(DOCUMENT_NAMES);
};

describe('operation limits: the attacks of issue 10', () => {
  it.each(attacks().map((request) => [request.name, request] as const))('%s: refused with its code, nothing fetched', async (_, request) => {
    await hub.resetPartnerCalls();
    await expectAnswer(request);
    const calls = await Promise.all(['school', 'childcare', 'ggd', 'veiligthuis', 'police'].map((partner) => hub.partnerCalls(partner)));
    expect(calls.flatMap((counts) => Object.values(counts)).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('leaves the hub healthy: a normal query still gets its answer, and /health is 200', async () => {
    expect((await hub.query(HOSTILE_CALLER, NORMAL)).body).toEqual(normalAnswer);
    expect((await fetch(new URL('/health', hub.gateway.url))).status).toBe(200);
  });
});

describe('operation limits: each limit just under (answered) and just over (refused)', () => {
  it.each(limitEdges().map((request) => [request.name, request] as const))('%s', async (_, request) => {
    await expectAnswer(request);
  });

  it('measures a body sent without a Content-Length (chunked) as it reads it', async () => {
    const chunked = (body: string) => {
      const bytes = new TextEncoder().encode(body);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 4096) controller.enqueue(bytes.slice(at, at + 4096));
          controller.close();
        },
      });
      return fetch(hub.gateway.url, { method: 'POST', headers, body: stream, duplex: 'half' } as RequestInit);
    };
    const [under, over] = limitEdges().filter((edge) => edge.name.startsWith('body of'));
    const small = await chunked(under!.body);
    expect([small.status, ((await small.json()) as any).data.organisations.length > 0]).toEqual([200, true]);
    const large = await chunked(over!.body);
    expect([large.status, ((await large.json()) as any).errors[0].extensions.code]).toEqual([413, 'REQUEST_TOO_LARGE']);
  });

  it('says what the limit is and what to do', async () => {
    const [, overDepth] = limitEdges().filter((edge) => edge.name.startsWith('depth'));
    const { body } = await send(overDepth!.body);
    expect(body.errors).toEqual([
      {
        message: expect.stringMatching(new RegExp(`more than ${DEFAULT_OPERATION_LIMITS.maxDepth} levels deep.*Ask for fewer levels`)),
        extensions: { code: 'OPERATION_TOO_DEEP', limit: DEFAULT_OPERATION_LIMITS.maxDepth },
      },
    ]);
  });

  it('takes a list size from a variable as from the document', async () => {
    const query = /* GraphQL */ `query ($n: Int) { organisations { pupils(first: $n) { id schoolEnrolment { group school { name } } } } }`;
    // Ten organisations (a list without \`first\`) of n pupils of 5 values each: 11 + 50n, so 199 is under 10,000 and 200 over.
    const under = await hub.query(HOSTILE_CALLER, query, { n: 199 });
    expect(under.status).toBe(200);
    expect(under.body.data.organisations.length).toBeGreaterThan(0);
    const over = await hub.query(HOSTILE_CALLER, query, { n: 200 });
    expect([over.status, over.body.errors?.[0]?.extensions?.code, over.body.data]).toEqual([400, 'OPERATION_TOO_COSTLY', undefined]);
  });
});

describe('operation limits: schema introspection', () => {
  const nested = (levels: number) => `{ __schema { types { ${'fields { type { '.repeat(levels)}name${' } }'.repeat(levels)} } } }`;

  // The explorer (GraphiQL) loads the schema with graphql-js's standard introspection query, which
  // nests type references about 15 deep and estimates at about 50,000 values: beyond the limits
  // for data, within those for an operation that asks only for the schema.
  it("answers the explorer's standard introspection query", async () => {
    const { status, body } = await send(JSON.stringify({ query: getIntrospectionQuery() }));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.queryType.name).toBe('Query');
  });

  it('still refuses introspection that multiplies, and data asked beside the schema gets the data limits', async () => {
    // graphql-js's own MaxIntrospectionDepthRule stops lists of fields nested in fields first.
    const multiplying = await send(JSON.stringify({ query: nested(5) }));
    expect(multiplying.body.data ?? null).toBeNull();
    expect(multiplying.body.errors?.[0]?.message).toMatch(/introspection depth/);
    const deep = await send(JSON.stringify({ query: `{ __schema { ${'types { ofType { '.repeat(11)}name${' } }'.repeat(11)} } }` }));
    expect([deep.status, deep.body.errors?.[0]?.extensions?.code]).toEqual([400, ErrorCode.OPERATION_TOO_DEEP]);
    const mixed = await send(JSON.stringify({ query: `{ __schema { queryType { name } } ${'organisation(id: "school-esdoorn") { pupils(first: 1) { schoolEnrolment { school { '.repeat(3)}name${' } } } }'.repeat(3)} }` }));
    expect([mixed.status, mixed.body.errors?.[0]?.extensions?.code]).toEqual([400, ErrorCode.OPERATION_TOO_DEEP]);
  });
});
