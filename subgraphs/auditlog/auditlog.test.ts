import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileLogStore } from '../../gateway/processingLog/fileLogStore.ts';
import type { ProcessingRecord } from '../../gateway/processingLog/processingRecord.ts';
import { draft } from '../../gateway/processingLog/test/storeFixtures.ts';
import type { Purpose, Role } from '../../schema/vocabulary.ts';
import { CallerContexts } from '../../test/harness/callerContexts.ts';
import { postGraphQL } from '../../test/harness/postGraphQL.ts';
import { sdlContract } from '../../test/harness/sdlContract.ts';
import { subgraphConfig } from '../kit/config.ts';
import { startSubgraph, type RunningSubgraph } from '../kit/createSubgraph.ts';
import { auditlogSubgraph } from './auditlogSubgraph.ts';
import { csvCell } from './logExport.ts';

const CHILD = 'ch_auditlogchild00000000000000';
const dir = mkdtempSync(join(tmpdir(), 'kg-auditlog-'));
const logFile = join(dir, 'processing-log.jsonl');
let subgraph: RunningSubgraph;
let contexts: CallerContexts;
let written: ProcessingRecord[];

const as = async (role: Role, organisation: string, purpose: Purpose, query: string) =>
  postGraphQL(subgraph.url, query, { headers: { 'x-ketengraaf-context': await contexts.sign({ role, organisation, purpose }) } });
const officer = (organisation: string, query: string) => as('PRIVACY_OFFICER', organisation, 'DATA_SUBJECT_ACCESS', query);
const CHILD_LOG = /* GraphQL */ `{ childProcessingLog(childId: "${CHILD}") {
  sequence recordedAt professional organisation { id } role purpose activity { id legalBasis retentionDays } fieldsReleased fieldsWithheld outcome } }`;

beforeAll(async () => {
  const store = new FileLogStore(logFile);
  written = [
    ...(await store.append([draft({ childId: CHILD, organisation: 'school-esdoorn', fieldsReleased: ['Child.schoolAbsences', 'Child.supportNeeds'] })])),
    ...(await store.append([draft({ childId: CHILD, organisation: 'politie-basisteam', role: 'POLICE_OFFICER', fieldsReleased: ['Child.policeCaseOutcome'], fieldsWithheld: ['Child.schoolIncidents'], outcome: 'PARTIALLY_WITHHELD' })])),
    ...(await store.append([draft({ childId: 'ch_someoneelse00000000000000000', organisation: 'school-esdoorn', professional: '=HYPERLINK("x")' })])),
  ];
  contexts = await CallerContexts.create('auditlog');
  subgraph = await startSubgraph(
    auditlogSubgraph,
    subgraphConfig('auditlog', { NODE_ENV: 'test', KETENGRAAF_CONTEXT_PUBLIC_KEY: contexts.keys.publicJwk, KETENGRAAF_LOG_FILE: logFile, REDIS_URL: '' }),
  );
});
afterAll(async () => {
  await subgraph?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('auditlog subgraph contract', () => {
  it('puts a @privacy rule on every root field and refuses requests without a gateway context', async () => {
    const { body } = await officer('gemeente-demo', '{ _service { sdl } }');
    const contract = sdlContract(body.data._service.sdl);
    expect(contract.fieldsWithoutRule('Query').filter((field) => !field.startsWith('_'))).toEqual([]);
    expect(contract.fieldsOf('ProcessingLogEntry')).not.toContain('content');
    const anonymous = await postGraphQL(subgraph.url, CHILD_LOG);
    expect(anonymous.status).toBe(401);
    expect(JSON.stringify(anonymous.body)).not.toContain('schoolAbsences');
  });
});

describe("a child's log, for the privacy officer answering an access request", () => {
  it('says who received which fields, when, why and under which activity and basis, newest first', async () => {
    const { body } = await officer('gemeente-demo', CHILD_LOG);
    expect(body.errors).toBeUndefined();
    expect(body.data.childProcessingLog).toEqual([
      {
        sequence: written[1]!.seq,
        recordedAt: written[1]!.recordedAt,
        professional: written[1]!.professional,
        organisation: { id: 'politie-basisteam' },
        role: 'POLICE_OFFICER',
        purpose: 'CASE_DISCUSSION',
        activity: { id: 'kg-va-case-discussion', legalBasis: expect.stringMatching(/Jeugdwet art\. 7\.4\.0/), retentionDays: 1825 },
        fieldsReleased: ['Child.policeCaseOutcome'],
        fieldsWithheld: ['Child.schoolIncidents'],
        outcome: 'PARTIALLY_WITHHELD',
      },
      expect.objectContaining({ sequence: written[0]!.seq, fieldsReleased: ['Child.schoolAbsences', 'Child.supportNeeds'], outcome: 'RELEASED' }),
    ]);
  });

  it('is released to no other role, and to the privacy officer for no other purpose', async () => {
    for (const [role, purpose] of [['SCHOOL_CARE_COORDINATOR', 'DATA_SUBJECT_ACCESS'], ['CASE_DIRECTOR', 'CASE_DISCUSSION'], ['PRIVACY_OFFICER', 'CASE_DISCUSSION']] as const) {
      const { body } = await as(role, 'gemeente-demo', purpose, CHILD_LOG);
      expect(body.data?.childProcessingLog ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
    }
  });

  it('exports the log as CSV and as JSON, with the register entries it refers to', async () => {
    const query = (format: string) => `{ childProcessingLogExport(childId: "${CHILD}", format: ${format}) { fileName mediaType content recordCount } }`;
    const csv = (await officer('gemeente-demo', query('CSV'))).body.data.childProcessingLogExport;
    expect(csv).toMatchObject({ mediaType: 'text/csv; charset=utf-8', recordCount: 2, fileName: expect.stringMatching(new RegExp(`^processing-log-child-${CHILD}-\\d{4}-\\d{2}-\\d{2}\\.csv$`)) });
    const lines = csv.content.trim().split('\r\n');
    expect(lines[0]).toBe('recordedAt,organisation,role,professional,purpose,activityId,activityName,legalBasis,fieldsReleased,fieldsWithheld,outcome,traceId,sequence');
    expect(lines[1]).toContain(',politie-basisteam,POLICE_OFFICER,');
    expect(lines[2]).toContain('Child.schoolAbsences; Child.supportNeeds');
    const json = JSON.parse((await officer('gemeente-demo', query('JSON'))).body.data.childProcessingLogExport.content);
    expect(json.subject).toEqual({ kind: 'child', id: CHILD });
    expect(json.activities.map((a: { id: string }) => a.id)).toEqual(['kg-va-case-discussion']);
    expect(json.records[0]).toMatchObject({ organisation: 'politie-basisteam', fieldsReleased: ['Child.policeCaseOutcome'], fieldsWithheld: ['Child.schoolIncidents'] });
  });

  it('quotes CSV cells and neutralises spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});

describe("an organisation's own part of the log", () => {
  const ORGANISATION_LOG = (organisation: string) =>
    `{ organisationProcessingLog(organisationId: "${organisation}") { organisationId entries { childId organisation { id } fieldsReleased } } }`;

  it("is released to that organisation's privacy officer", async () => {
    const { body } = await officer('school-esdoorn', ORGANISATION_LOG('school-esdoorn'));
    expect(body.errors).toBeUndefined();
    expect(body.data.organisationProcessingLog.entries.map((e: { organisation: { id: string } }) => e.organisation.id)).toEqual(['school-esdoorn', 'school-esdoorn']);
  });

  // Regression: any organisation's privacy officer could read any child's log, and so learn that
  // Veilig Thuis or the police hold records on a pupil of another school.
  it("keeps a child's log to the hub operator's privacy officer", async () => {
    const { body } = await officer('school-esdoorn', CHILD_LOG);
    expect(body.data.childProcessingLog).toBeNull();
    expect(body.errors?.[0]).toMatchObject({ path: ['childProcessingLog'], extensions: { code: 'FORBIDDEN_FIELD' } });
    expect(JSON.stringify(body)).not.toMatch(/veilig-thuis|politie|Child\./);
  });

  it("is withheld from another organisation's privacy officer", async () => {
    const { body } = await officer('school-kompas', ORGANISATION_LOG('school-esdoorn'));
    expect(body.data.organisationProcessingLog).toEqual({ organisationId: 'school-esdoorn', entries: null });
    expect(body.errors?.[0]).toMatchObject({ path: ['organisationProcessingLog', 'entries'], extensions: { code: 'FORBIDDEN_FIELD' } });
    expect(JSON.stringify(body)).not.toContain('ch_');
  });
});

describe('the register of processing activities', () => {
  it('is public: every purpose has an activity with a basis and a retention period', async () => {
    const { body } = await as('POLICY_ANALYST', 'gemeente-demo', 'TREND_MONITORING', '{ processingActivities { id purpose legalBasis retentionDays } }');
    expect(body.data.processingActivities.map((a: { purpose: string }) => a.purpose)).toEqual(
      expect.arrayContaining(['SIGNALLING', 'CASE_DISCUSSION', 'WARM_HANDOVER', 'COMPULSORY_EDUCATION', 'TREND_MONITORING', 'DATA_SUBJECT_ACCESS']),
    );
    for (const activity of body.data.processingActivities) expect(activity.legalBasis).toMatch(/art\./);
  });
});
