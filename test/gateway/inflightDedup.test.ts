import { readFileSync, mkdtempSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../gateway/createGateway.ts';
import { DevIssuer } from '../../gateway/devIssuer.ts';
import { FileLogStore } from '../../gateway/processingLog/fileLogStore.ts';
import { createProcessingLogObserver } from '../../gateway/processingLog/processingLogObserver.ts';
import { CONTEXT_HEADER, generateContextKeys } from '../../schema/callerContext.ts';
import { SUPERGRAPH_FILE } from '../../schema/composeSupergraph.ts';
import { ProcessingRegister } from '../../schema/processingRegister.ts';
import { postGraphQL } from '../harness/postGraphQL.ts';

// The HTTP executor merges identical subgraph requests that are in flight at the same time into
// one, and hands its answer to each. Identical means URL, body and the headers of the execution
// request: a caller context set anywhere else (the fetch options) would leave two callers'
// requests identical, and one caller would receive the answer the subgraph gave the other.
const held: ServerResponse[] = [];
const received: string[] = [];
let stub: ReturnType<typeof createServer>;
let gateway: RunningGateway;
let issuer: DevIssuer;
let planned = 0;
let fetched = 0;
const observer: GatewayPlugin = { onSubgraphExecute: () => void planned++, onFetch: () => void fetched++ };

/** The stub subgraph answers each caller with the professional its context names, when released. */
const release = () => {
  for (const response of held.splice(0)) response.end();
};
/** Waits for a condition, giving up after `timeoutMs`; says what it waited for when it gave up. */
const until = async (condition: () => boolean, what: string, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
  return condition() || what;
};

beforeAll(async () => {
  stub = createServer((request, response) => {
    const professional = String(decodeJwt(String(request.headers[CONTEXT_HEADER])).sub);
    received.push(professional);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write(JSON.stringify({ data: { processingActivities: [{ __typename: 'ProcessingActivity', id: 'pa', name: professional }] } }));
    held.push(response);
    request.resume();
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  issuer = await DevIssuer.generate();
  gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: { auditlog: `http://127.0.0.1:${(stub.address() as AddressInfo).port}/graphql` },
    issuers: [issuer.trustedIssuer()],
    contextPrivateKey: (await generateContextKeys()).privateKey,
    observer: createProcessingLogObserver(new FileLogStore(join(mkdtempSync(join(tmpdir(), 'kg-dedup-')), 'log.jsonl')), new ProcessingRegister()),
    plugins: [observer],
  });
});
afterAll(async () => {
  release();
  await gateway?.close();
  stub?.close();
});

const QUERY = `{ processingActivities { id name } }`;
const TRACE = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const ask = async (professional: string) => {
  const token = await issuer.issue({ role: 'POLICY_ANALYST', organisation: 'gemeente-demo', professional });
  return postGraphQL(gateway.url, QUERY, { headers: { authorization: `Bearer ${token}`, 'x-purpose': 'TREND_MONITORING', traceparent: TRACE } });
};

describe('in-flight deduplication of subgraph requests', () => {
  it('merges the identical requests of one caller (so the next test would see a merge if there were one)', async () => {
    planned = fetched = received.length = 0;
    const answers = Promise.all([ask('analyst-a'), ask('analyst-a')]);
    // Held until a second request arrives, which it should not: it waits on the first's answer.
    expect(await until(() => received.length === 2, 'a second request at the subgraph', 2000)).not.toBe(true);
    release();
    const [first, second] = await answers;
    expect([first.body.data, second.body.data]).toEqual([
      { processingActivities: [{ id: 'pa', name: 'analyst-a' }] },
      { processingActivities: [{ id: 'pa', name: 'analyst-a' }] },
    ]);
    expect({ planned, fetched, received }).toEqual({ planned: 2, fetched: 1, received: ['analyst-a'] });
  });

  it("never hands one caller's subgraph answer to another caller asking the same at the same time", async () => {
    planned = fetched = received.length = 0;
    const answers = Promise.all([ask('analyst-a'), ask('analyst-b')]);
    // Both requests are held at the subgraph until both have arrived: a merge would leave one.
    expect(await until(() => received.length === 2, 'two requests at the subgraph')).toBe(true);
    release();
    const [first, second] = await answers;
    expect(first.body.data.processingActivities[0].name).toBe('analyst-a');
    expect(second.body.data.processingActivities[0].name).toBe('analyst-b');
    expect(fetched).toBe(2);
  });
});
