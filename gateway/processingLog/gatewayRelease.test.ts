import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { covenantOrganisations } from '../../schema/covenant.ts';
import { ProcessingRegister } from '../../schema/processingRegister.ts';
import { ROLE_ORGANISATION_TYPES } from '../../schema/roleOrganisations.ts';
import { PURPOSES, ROLES, type Purpose, type Role } from '../../schema/vocabulary.ts';
import { demoChildren } from '../../test/harness/demoChildren.ts';
import { postGraphQL } from '../../test/harness/postGraphQL.ts';
import { redisServerInstalled, startRedisServer } from '../../test/harness/redisServer.ts';
import { startTestHub, TEST_POPULATION, type TestHub } from '../../test/harness/testHub.ts';
import type { ExecutionObserver, ReleaseCandidate } from '../releaseCandidate.ts';
import { FileLogStore } from './fileLogStore.ts';
import { createProcessingLogObserver } from './processingLogObserver.ts';
import type { ProcessingLogStore } from './processingLogStore.ts';
import { RedisLogStore } from './redisLogStore.ts';
import { selectEverything } from './test/queryGenerator.ts';
import { expectedLog } from './test/releaseOracle.ts';

// The log checked against real responses: the whole demo hub runs, real queries go through the
// gateway with real tokens, and what the observer wrote must match what each response released.
const register = new ProcessingRegister();
const dir = mkdtempSync(join(tmpdir(), 'kg-gateway-log-'));
const fileStore = new FileLogStore(join(dir, 'processing-log.jsonl'));
let store: ProcessingLogStore = fileStore;
const candidates = new Map<string, ReleaseCandidate>();
/** Keeps what the gateway handed the log, by trace, then writes it through the real observer. */
const observer: ExecutionObserver = {
  async beforeRelease(candidate) {
    // A copy: the gateway strips its bookkeeping aliases from the data once the hook returns.
    candidates.set(candidate.context.caller.traceparent, { ...candidate, data: structuredClone(candidate.data) });
    await createProcessingLogObserver(store, register).beforeRelease!(candidate);
  },
};
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ observer });
});
afterAll(async () => {
  await hub?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ask(role: Role, org: string, purpose: Purpose, query: string, variables: Record<string, unknown>) {
  const traceId = randomBytes(16).toString('hex');
  const traceparent = `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
  const token = await hub.devIssuer.issue({ role, organisation: org });
  const response = await postGraphQL(hub.gateway.url, query, { variables, headers: { authorization: `Bearer ${token}`, 'x-purpose': purpose, traceparent } });
  return { response, traceId, traceparent };
}

/** Checks the request's records against its response; returns how many there are. */
async function expectLoggedAsReleased(traceId: string, traceparent: string): Promise<number> {
  const candidate = candidates.get(traceparent);
  const records = (await fileStore.forOrganisation(candidate?.context.caller.organisation ?? '')).filter((r) => r.traceId === traceId);
  const expected = candidate && expectedLog(candidate.privacy.schema, candidate.privacy.policies, candidate.data, candidate.errors);
  if (!expected) {
    expect(records).toEqual([]);
    return 0;
  }
  // Nothing released: only the refusals about a child are recorded.
  const subjects =
    expected.released.size === 0 ? [...expected.withheld.keys()].filter((subject) => subject !== null) : [...expected.released.keys(), ...expected.withheld.keys()];
  expect(new Set(records.map((r) => r.childId))).toEqual(new Set(subjects));
  for (const record of records) {
    expect(record.fieldsReleased, `${record.role} ${record.purpose}`).toEqual([...(expected.released.get(record.childId) ?? [])].sort());
    expect(record.fieldsWithheld).toEqual([...(expected.withheld.get(record.childId) ?? [])].sort());
    for (const field of [...record.fieldsReleased, ...record.fieldsWithheld]) expect(field).toMatch(/^\w+\.\w+$/);
  }
  return records.length;
}

describe('through the gateway, every release is logged per child', () => {
  const children = demoChildren(TEST_POPULATION);
  const subjects = [children.find((c) => c.school && c.hasVeiligThuisDossier && c.hasPoliceRegistration) ?? children[0]!, children.find((c) => c.school)!];
  const organisationFor = (role: Role, child: (typeof children)[number]) =>
    role === 'SCHOOL_CARE_COORDINATOR' && child.school ? child.school : covenantOrganisations().find((o) => ROLE_ORGANISATION_TYPES[role].includes(o.type))!.id;

  it('for every role and purpose, asking everything about a child', async () => {
    const childType = hub.gateway.privacy.privacySchema?.schema.getType('Child');
    if (!isObjectType(childType)) throw new Error('the supergraph has no Child type');
    const query = `query ($id: ID!) { child(id: $id) { ${selectEverything(hub.gateway.privacy.privacySchema!.schema, childType, 3)} } }`;
    let logged = 0;
    for (const role of ROLES) {
      for (const purpose of PURPOSES) {
        for (const child of subjects) {
          const { traceId, traceparent } = await ask(role, organisationFor(role, child), purpose, query, { id: child.id });
          logged += await expectLoggedAsReleased(traceId, traceparent);
        }
      }
    }
    expect(logged).toBeGreaterThan(10);
  });

  it("logs a school's pupil list under each pupil it names", async () => {
    const school = subjects[1]!.school!;
    const { response, traceId, traceparent } = await ask('SCHOOL_CARE_COORDINATOR', school, 'CASE_DISCUSSION', `query ($id: ID!) { organisation(id: $id) { pupils(first: 5) { id schoolEnrolment { group } } } }`, { id: school });
    const pupils = response.body.data.organisation.pupils as { id: string }[];
    expect(pupils.length).toBeGreaterThan(0);
    expect(await expectLoggedAsReleased(traceId, traceparent)).toBe(pupils.length);
    const records = (await fileStore.forOrganisation(school)).filter((r) => r.traceId === traceId);
    expect(records.map((r) => r.fieldsReleased)).toEqual(pupils.map(() => ['Child.schoolEnrolment', 'Organisation.pupils']));
  });
});

describe.skipIf(!redisServerInstalled())('no log, no release', () => {
  it('answers LOG_UNAVAILABLE without data when the log store is down, and still answers what is not personal', async () => {
    const redis = await startRedisServer();
    const redisStore = await RedisLogStore.connect({ url: redis.url });
    store = redisStore;
    try {
      const child = demoChildren(TEST_POPULATION).find((c) => c.school)!;
      const query = `query ($id: ID!) { child(id: $id) { schoolAbsences { date kind } schoolEnrolment { group } } }`;
      const working = await ask('SCHOOL_CARE_COORDINATOR', child.school!, 'CASE_DISCUSSION', query, { id: child.id });
      expect(working.response.body.data.child.schoolEnrolment).not.toBeNull();
      expect(await redisStore.forChild(child.id)).toHaveLength(1);

      await redis.stop();
      const refused = await ask('SCHOOL_CARE_COORDINATOR', child.school!, 'CASE_DISCUSSION', query, { id: child.id });
      expect(refused.response.body.data ?? null).toBeNull();
      expect(refused.response.body.errors?.map((e) => e.extensions?.code)).toEqual(['LOG_UNAVAILABLE']);
      expect(JSON.stringify(refused.response.body)).not.toMatch(/SICK|AUTHORISED|LATE|"group"/);

      const publicOnly = await ask('SCHOOL_CARE_COORDINATOR', child.school!, 'CASE_DISCUSSION', `{ organisations { id } }`, {});
      expect(publicOnly.response.body.data.organisations.length).toBeGreaterThan(0);
    } finally {
      store = fileStore;
      await redisStore.close();
      await redis.stop();
    }
  });
});
