import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../gateway/createGateway.ts';
import { DevIssuer } from '../../gateway/devIssuer.ts';
import { FileLogStore } from '../../gateway/processingLog/fileLogStore.ts';
import { createProcessingLogObserver } from '../../gateway/processingLog/processingLogObserver.ts';
import { generateContextKeys } from '../../schema/callerContext.ts';
import { SUPERGRAPH_FILE } from '../../schema/composeSupergraph.ts';
import { ProcessingRegister } from '../../schema/processingRegister.ts';

// One professional's loop must not take every other user's share of the hub: past the limit a
// caller gets 429 with RATE_LIMITED and Retry-After, before anything is parsed or planned, the
// same answer whatever it asked; other professionals go on being answered.
const LIMIT = 3;
let gateway: RunningGateway;
let issuer: DevIssuer;
const subgraphCalls: string[] = [];

beforeAll(async () => {
  issuer = await DevIssuer.generate();
  gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    // No subgraph runs: a request that got past the limit and asked for a child would fail with 502, not 429.
    subgraphUrls: { school: 'http://127.0.0.1:9/graphql', casus: 'http://127.0.0.1:9/graphql' },
    issuers: [issuer.trustedIssuer()],
    contextPrivateKey: (await generateContextKeys()).privateKey,
    observer: createProcessingLogObserver(new FileLogStore(join(mkdtempSync(join(tmpdir(), 'kg-rate-')), 'log.jsonl')), new ProcessingRegister()),
    limits: { maxRequestsPerWindow: LIMIT, rateWindowSeconds: 60 },
    plugins: [{ onSubgraphExecute: ({ subgraphName }) => void subgraphCalls.push(subgraphName) }],
  });
});
afterAll(() => gateway?.close());

async function ask(professional: string | null, query = '{ __typename }') {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-purpose': 'CASE_DISCUSSION' };
  if (professional) headers.authorization = `Bearer ${await issuer.issue({ role: 'SCHOOL_CARE_COORDINATOR', organisation: 'school-esdoorn', professional })}`;
  const response = await fetch(gateway.url, { method: 'POST', headers, body: JSON.stringify({ query }) });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), text: await response.text() };
}

describe('the rate limit per professional', () => {
  it('answers up to the limit, then refuses with 429, RATE_LIMITED and Retry-After, asking no subgraph', async () => {
    for (let n = 0; n < LIMIT; n++) expect((await ask('ib-loop')).status).toBe(200);
    const refused = await ask('ib-loop', '{ child(id: "ch_ZjhF2KtTrIPIJ6oikDkSvjfly0o") { schoolAbsences { date } } }');
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    const body = JSON.parse(refused.text) as { data?: unknown; errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: LIMIT, windowSeconds: 60 });
    expect(body.errors[0]?.message).toMatch(/more than 3 requests in 60 s.*Wait \d+ s/);
    expect(subgraphCalls).toEqual([]);
  });

  it('gives the same refusal whatever the request asks', async () => {
    const plain = await ask('ib-loop');
    const aboutChild = await ask('ib-loop', '{ child(id: "ch_28MZUmrOWijvADo85ZB6p3V8QBj") { supportNeeds { level } } }');
    const broken = await ask('ib-loop', '{ child(');
    const shape = (text: string) => text.replace(/\d+ s and/, 'N s and').replace(/"retryAfterSeconds":\d+/, '');
    expect([aboutChild.status, broken.status]).toEqual([429, 429]);
    expect(shape(aboutChild.text)).toBe(shape(plain.text));
    expect(shape(broken.text)).toBe(shape(plain.text));
  });

  it('keeps answering other professionals, and still asks a token first', async () => {
    expect((await ask('ib-colleague')).status).toBe(200);
    const anonymous = await ask(null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.text).toMatch(/UNAUTHENTICATED/);
  });
});
