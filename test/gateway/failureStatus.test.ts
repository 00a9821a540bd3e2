import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startGateway, type RunningGateway } from '../../gateway/createGateway.ts';
import { DevIssuer } from '../../gateway/devIssuer.ts';
import { FileLogStore } from '../../gateway/processingLog/fileLogStore.ts';
import { createProcessingLogObserver } from '../../gateway/processingLog/processingLogObserver.ts';
import { generateContextKeys } from '../../schema/callerContext.ts';
import { SUPERGRAPH_FILE } from '../../schema/composeSupergraph.ts';
import { ProcessingRegister } from '../../schema/processingRegister.ts';
import { postGraphQL } from '../harness/postGraphQL.ts';
import { setLogSink } from '../../schema/telemetry/logger.ts';

// Issue 10: a subgraph that reset the connection or hung up came back as HTTP 200 with a data-less
// INTERNAL_SERVER_ERROR, and the server log held the whole subgraph request, variables included.
// A request that fails entirely for an internal reason is now 5xx, naming the subgraph; a partial
// answer stays 200 (GraphQL over HTTP); the log has one structured line with the trace id.
type Behaviour = 'answer' | 'hang up' | 'reset' | 'hold';
const behaviour: Record<string, Behaviour> = { auditlog: 'answer', casus: 'answer' };
const held: ServerResponse[] = [];
const aborted: string[] = [];
let stub: ReturnType<typeof createServer>;
let gateway: RunningGateway;
let issuer: DevIssuer;
/** A plugin of the test throws while the gateway calls this subgraph: a bug, as the gateway sees it. */
let throwIn: string | undefined;

const answer = (name: string, request: IncomingMessage, response: ServerResponse) => {
  const mode = behaviour[name];
  if (mode === 'hang up') return request.socket.destroy();
  if (mode === 'reset') return request.socket.resetAndDestroy();
  if (mode === 'hold') {
    request.socket.once('close', () => aborted.push(name));
    return void held.push(response);
  }
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ data: { processingActivities: [{ __typename: 'ProcessingActivity', id: 'pa', name: 'Signalering' }] } }));
};

beforeAll(async () => {
  stub = createServer((request, response) => {
    request.resume();
    request.once('end', () => answer(request.url?.split('/')[1] ?? '', request, response));
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  issuer = await DevIssuer.generate();
  gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: { auditlog: `${base}/auditlog/graphql`, casus: `${base}/casus/graphql` },
    issuers: [issuer.trustedIssuer()],
    contextPrivateKey: (await generateContextKeys()).privateKey,
    observer: createProcessingLogObserver(new FileLogStore(join(mkdtempSync(join(tmpdir(), 'kg-status-')), 'log.jsonl')), new ProcessingRegister()),
    limits: { timeoutMs: 2000 },
    plugins: [
      {
        onSubgraphExecute({ subgraphName }) {
          if (subgraphName === throwIn) throw new Error(`a bug while calling ${subgraphName}`);
        },
      },
    ],
  });
});
afterAll(async () => {
  for (const response of held.splice(0)) response.destroy();
  await gateway?.close();
  stub?.close();
});
beforeEach(() => {
  behaviour.auditlog = behaviour.casus = 'answer';
});

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const ask = async (query: string) => {
  const token = await issuer.issue({ role: 'POLICY_ANALYST', organisation: 'gemeente-demo' });
  return postGraphQL(gateway.url, query, { headers: { authorization: `Bearer ${token}`, 'x-purpose': 'TREND_MONITORING', traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01` } });
};
/** What the gateway wrote to its error log (the hub's JSON logger) during `run`, one parsed entry per line. */
const serverLog = async (run: () => Promise<unknown>) => {
  const lines: string[] = [];
  const previous = setLogSink({ write: (line: string) => void lines.push(line) });
  try {
    await run();
    return lines.map((line) => JSON.parse(line) as Record<string, any>).filter((entry) => entry.level >= 50);
  } finally {
    setLogSink(previous);
  }
};

describe('the status of a request that fails inside the hub', () => {
  it.each(['hang up', 'reset'] as const)('a subgraph that %s: 502 naming the subgraph, nothing of the request in the answer', async (mode) => {
    behaviour.auditlog = mode;
    let result: Awaited<ReturnType<typeof ask>> | undefined;
    const log = await serverLog(async () => {
      result = await ask(`{ processingActivities { id name } }`);
    });
    expect(result?.status).toBe(502);
    expect(result?.body.data ?? null).toBeNull();
    expect(result?.body.errors?.map((e) => e.extensions)).toEqual([{ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'auditlog' }]);
    expect(JSON.stringify(result?.body)).not.toMatch(/127\.0\.0\.1|ECONNRESET|socket|stack/);
    // One structured line, with the trace, the subgraph and the cause; never the subgraph request or its variables.
    expect(log).toEqual([expect.objectContaining({ level: 50, component: 'gateway', traceId: TRACE_ID, subgraph: 'auditlog', code: 'SUBGRAPH_UNAVAILABLE' })]);
    expect(JSON.stringify(log)).toMatch(/socket hang up|ECONNRESET/);
    expect(JSON.stringify(log)).not.toMatch(/extensions|variables|processingActivities\s*\{/);
  });

  it('a partial answer stays 200: the other subgraph data arrives, the failed field is null with its error', async () => {
    behaviour.casus = 'hang up';
    const { status, body } = await ask(`{ processingActivities { id name } trendFigures { countedAt } }`);
    expect(status).toBe(200);
    expect(body.data).toEqual({ processingActivities: [{ id: 'pa', name: 'Signalering' }], trendFigures: null });
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
  });

  it('an unexpected exception: 500 "Unexpected error.", logged in full with the trace id', async () => {
    throwIn = 'auditlog';
    let result: Awaited<ReturnType<typeof ask>> | undefined;
    const log = await serverLog(async () => {
      result = await ask(`{ processingActivities { id name } }`);
    });
    throwIn = undefined;
    expect(result?.status).toBe(500);
    expect(result?.body).toEqual({ data: null, errors: [{ message: 'Unexpected error.', path: ['processingActivities'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(log).toEqual([expect.objectContaining({ level: 50, component: 'gateway', traceId: TRACE_ID, code: 'INTERNAL_SERVER_ERROR', path: ['processingActivities'] })]);
    expect(log[0]?.failure).toMatchObject({ name: 'Error', message: 'a bug while calling auditlog', stack: expect.stringContaining('failureStatus.test.ts') });
  });
});

describe('the status of a document the engine refuses', () => {
  it('keeps the GraphQL-over-HTTP rule: 200 for application/json, 400 for application/graphql-response+json', async () => {
    const token = await issuer.issue({ role: 'POLICY_ANALYST', organisation: 'gemeente-demo' });
    const send = (accept: string) =>
      fetch(gateway.url, { method: 'POST', headers: { accept, 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'TREND_MONITORING' }, body: JSON.stringify({ query: '{ nope }' }) });
    expect((await send('application/json')).status).toBe(200);
    expect((await send('application/graphql-response+json')).status).toBe(400);
  });
});

describe('the time limit of one operation', () => {
  it('answers REQUEST_TIMEOUT (504) without data, and aborts the subgraph call it waited for', async () => {
    behaviour.auditlog = 'hold';
    const { status, body } = await ask(`{ processingActivities { id name } }`);
    expect(status).toBe(504);
    expect(body).toEqual({ data: null, errors: [{ message: expect.stringMatching(/within 2 s.*released nothing/), extensions: { code: 'REQUEST_TIMEOUT', limit: 2000 } }] });
    await vi.waitFor(() => expect(aborted).toContain('auditlog'));
  });
});
