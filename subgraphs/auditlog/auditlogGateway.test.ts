import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@theguild/federation-composition';
import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../gateway/createGateway.ts';
import { DevIssuer } from '../../gateway/devIssuer.ts';
import { auditChain } from '../../gateway/processingLog/auditChain.ts';
import { FileLogStore } from '../../gateway/processingLog/fileLogStore.ts';
import { createProcessingLogObserver } from '../../gateway/processingLog/processingLogObserver.ts';
import { draft } from '../../gateway/processingLog/test/storeFixtures.ts';
import { generateContextKeys } from '../../schema/callerContext.ts';
import { ProcessingRegister } from '../../schema/processingRegister.ts';
import type { Purpose, Role } from '../../schema/vocabulary.ts';
import { postGraphQL } from '../../test/harness/postGraphQL.ts';
import { subgraphConfig } from '../kit/config.ts';
import { loadTypeDefs, startSubgraph, type RunningSubgraph } from '../kit/createSubgraph.ts';
import { auditlogSubgraph } from './auditlogSubgraph.ts';

// The log read through the gateway, as a privacy officer does: the gateway writes to the same
// store the auditlog subgraph reads, so reading a child's log is itself logged (NEN 7513).
const CHILD = 'ch_throughthegateway0000000000';
const dir = mkdtempSync(join(tmpdir(), 'kg-auditlog-gateway-'));
const logFile = join(dir, 'processing-log.jsonl');
const store = new FileLogStore(logFile);
let subgraph: RunningSubgraph;
let gateway: RunningGateway;
let issuer: DevIssuer;

const ask = async (role: Role, organisation: string, purpose: Purpose, query: string) =>
  postGraphQL(gateway.url, query, { headers: { authorization: `Bearer ${await issuer.issue({ role, organisation })}`, 'x-purpose': purpose } });
const CHILD_LOG = `{ childProcessingLog(childId: "${CHILD}") { organisation { id } role purpose fieldsReleased outcome activity { id } } }`;

beforeAll(async () => {
  await store.append([draft({ childId: CHILD, organisation: 'school-esdoorn', fieldsReleased: ['Child.schoolAbsences'] })]);
  const keys = await generateContextKeys();
  subgraph = await startSubgraph(auditlogSubgraph, subgraphConfig('auditlog', { NODE_ENV: 'test', KETENGRAAF_CONTEXT_PUBLIC_KEY: keys.publicJwk, KETENGRAAF_LOG_FILE: logFile, REDIS_URL: '' }));
  const composed = composeServices([{ name: 'auditlog', url: subgraph.url, typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)) }]);
  if (composed.errors) throw new Error(composed.errors.map((error) => error.message).join('\n'));
  issuer = await DevIssuer.generate();
  gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphSdl: composed.supergraphSdl,
    subgraphUrls: { auditlog: subgraph.url },
    issuers: [issuer.trustedIssuer()],
    contextPrivateKey: keys.privateKey,
    observer: createProcessingLogObserver(store, new ProcessingRegister()),
  });
});
afterAll(async () => {
  await gateway?.close();
  await subgraph?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("who saw this child's data: the privacy officer through the gateway", () => {
  it('answers, and the answer itself is logged, so the next answer shows it', async () => {
    const first = await ask('PRIVACY_OFFICER', 'gemeente-demo', 'DATA_SUBJECT_ACCESS', CHILD_LOG);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.childProcessingLog).toEqual([
      { organisation: { id: 'school-esdoorn' }, role: 'SCHOOL_CARE_COORDINATOR', purpose: 'CASE_DISCUSSION', fieldsReleased: ['Child.schoolAbsences'], outcome: 'RELEASED', activity: { id: 'kg-va-case-discussion' } },
    ]);
    const second = await ask('PRIVACY_OFFICER', 'gemeente-demo', 'DATA_SUBJECT_ACCESS', CHILD_LOG);
    expect(second.body.data.childProcessingLog[0]).toEqual({
      organisation: { id: 'gemeente-demo' },
      role: 'PRIVACY_OFFICER',
      purpose: 'DATA_SUBJECT_ACCESS',
      fieldsReleased: ['Query.childProcessingLog'],
      outcome: 'RELEASED',
      activity: { id: 'kg-va-data-subject-access' },
    });
  });

  it('refuses any other role before the log is read, and records the refused attempt in the child’s log', async () => {
    const before = (await store.forChild(CHILD)).length;
    const { body } = await ask('CASE_DIRECTOR', 'gemeente-demo', 'DATA_SUBJECT_ACCESS', CHILD_LOG);
    expect(body.data.childProcessingLog).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
    const after = await store.forChild(CHILD);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ role: 'CASE_DIRECTOR', fieldsReleased: [], fieldsWithheld: ['Query.childProcessingLog'], outcome: 'WITHHELD' });
    expect(await auditChain(store, (await generateKeyPair('ES256')).publicKey)).toMatchObject({ ok: true });
  });
});
