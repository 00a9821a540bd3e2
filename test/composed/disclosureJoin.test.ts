import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDisclosures } from '../../subgraphs/kit/disclosureLog.ts';
import { joinByTrace } from '../../subgraphs/kit/disclosureJoin.ts';
import { demoChildren, pick } from '../harness/demoChildren.ts';
import { postGraphQL } from '../harness/postGraphQL.ts';
import { runNpm } from '../harness/runScript.ts';
import { startTestHub, TEST_POPULATION, type TestHub } from '../harness/testHub.ts';

// A privacy officer must be able to put the hub's record of a request beside each partner's own
// record of what it gave the hub for that request: joined by the hub's trace id, per child.
let hub: TestHub;
const pupil = pick(demoChildren(TEST_POPULATION), 'is a pupil and a JGZ client', (c) => c.school !== null && c.jgzClient);
const TRACE = '5b8efff798038103d269b633813fc60c';

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});

describe("the hub's record and the partners' records of one request", () => {
  it('join by trace id: what the hub released, and what each asked adapter says it gave', async () => {
    const token = await hub.devIssuer.issue({ role: 'SCHOOL_CARE_COORDINATOR', organisation: pupil.school ?? '' });
    const { body } = await postGraphQL(hub.gateway.url, `{ child(id: "${pupil.id}") { schoolAbsences { date } schoolEnrolment { group } policeRegistrations { registeredOn } } }`, {
      headers: { authorization: `Bearer ${token}`, 'x-purpose': 'CASE_DISCUSSION', traceparent: `00-${TRACE}-eee19b7ec3c1b174-01` },
    });
    expect(body.data.child.schoolEnrolment).not.toBeNull();

    const hubRecords = await hub.processingLog.forChild(pupil.id);
    const partners = Object.fromEntries(
      await Promise.all(Object.entries(hub.subgraphs).flatMap(([name, subgraph]) => (subgraph.disclosureLog ? [readDisclosures(subgraph.disclosureLog).then((records) => [name, records] as const)] : []))),
    );
    const joined = joinByTrace(hubRecords, partners).filter((entry) => entry.traceId === TRACE);

    expect(joined).toHaveLength(1);
    const [release] = joined;
    expect(release?.childId).toBe(pupil.id);
    expect(release?.hub?.fieldsReleased).toEqual(expect.arrayContaining(['Child.schoolAbsences', 'Child.schoolEnrolment']));
    expect(release?.hub?.fieldsWithheld).toEqual(['Child.policeRegistrations']);
    // Only the school was asked: the gateway removed the police field before planning.
    expect(release?.partners.map((p) => p.subgraph)).toEqual(['school']);
    const school = release?.partners[0]?.record;
    expect(school?.attributes['ketengraaf.fields_disclosed']).toEqual(expect.arrayContaining(['Child.schoolEnrolment']));
    expect(school?.attributes['dpl.core.processing_activity_id']).toBe(release?.hub?.activityId);
    expect(school?.attributes['ketengraaf.recipient.organisation']).toBe(release?.hub?.organisation);
    expect(school?.foreign_operation?.operation_id).toBe(release?.hub?.spanId);
  });

  it('npm run disclosures -- join gives the privacy officer the same join from the stores', async () => {
    const fileOf = (description: string) => /^file (\S+)/.exec(description)?.[1] ?? '';
    const schoolLog = fileOf(hub.subgraphs.school?.disclosureLog?.description ?? '');
    const { code, stdout } = await runNpm(['run', '-s', 'disclosures', '--', 'join', '--trace', TRACE], {
      REDIS_URL: '',
      KETENGRAAF_LOG_FILE: fileOf(hub.processingLog.description),
      KETENGRAAF_DISCLOSURE_LOG_DIR: dirname(schoolLog),
    });
    expect(code).toBe(0);
    const joined = JSON.parse(stdout) as { childId: string; hub: { traceId: string } | null; partners: { subgraph: string }[] }[];
    expect(joined.map((entry) => [entry.childId, entry.hub?.traceId, entry.partners.map((p) => p.subgraph)])).toEqual([[pupil.id, TRACE, ['school']]]);
    const verify = await runNpm(['run', '-s', 'disclosures', '--', 'verify', '--subgraph', 'school'], { SCHOOL_DISCLOSURE_LOG_FILE: schoolLog });
    expect(verify.stdout).toMatch(/records verified, chain intact/);
  }, 30_000);
});
