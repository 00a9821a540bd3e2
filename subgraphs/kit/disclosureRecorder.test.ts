import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSchoolData } from '../../demo/partners/school/schoolData.ts';
import { startSchoolSystem } from '../../demo/partners/school/schoolSystem.ts';
import { DEFAULT_SEED } from '../../demo/synthetic/population.ts';
import { entity, startSubgraphTestbed, type SubgraphTestbed } from '../../test/harness/subgraphTestbed.ts';
import { schoolSubgraph } from '../school/schoolSubgraph.ts';
import { DEMO_PSEUDONYM_KEY } from './config.ts';
import type { DisclosureRecord } from './disclosureChain.ts';
import { readDisclosures } from './disclosureLog.ts';
import { pseudonymFor } from './pseudonym.ts';

// Every partner adapter accounts for what it gave the hub, per child and request, before the
// answer leaves it: what it disclosed, what its guard withheld, and a partner failure; and it
// releases nothing when it cannot write that record.
const population = { seed: DEFAULT_SEED, count: 200 };
const data = generateSchoolData(population);
const pupil = data.leerlingen.find((l) => data.verzuim.has(l.leerlingnummer));
if (!pupil) throw new Error('the synthetic population should hold a pupil with absences');
const pupilId = pseudonymFor(pupil.bsn, DEMO_PSEUDONYM_KEY);
const classmates = data.leerlingen.filter((l) => l.brin === pupil.brin && data.verzuim.has(l.leerlingnummer)).slice(0, 3);
const otherSchool = data.leerlingen.map((l) => l.brin).find((brin) => brin !== pupil.brin) ?? '';

let bed: SubgraphTestbed;
const newRecords = async (since: number): Promise<DisclosureRecord[]> => (await readDisclosures(bed.subgraph.disclosureLog!)).slice(since);
const count = async () => (await readDisclosures(bed.subgraph.disclosureLog!)).length;
beforeAll(async () => {
  bed = await startSubgraphTestbed(schoolSubgraph, startSchoolSystem, population);
});
afterAll(async () => {
  await bed?.close();
});

describe("a partner adapter's disclosure log", () => {
  it('records the fields disclosed to the own school, per child, and the gateway trace that asked', async () => {
    const before = await count();
    const selection = 'schoolAbsences { date } schoolEnrolment { group }';
    const reps = classmates.map((l) => `{ __typename: "Child", id: "${pseudonymFor(l.bsn, DEMO_PSEUDONYM_KEY)}" }`).join(', ');
    const response = await fetch(bed.subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ketengraaf-context': await bed.as('SCHOOL_CARE_COORDINATOR', pupil.brin), traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' },
      body: JSON.stringify({ query: `{ _entities(representations: [${reps}]) { ... on Child { ${selection} } } }` }),
    });
    expect(response.status).toBe(200);
    const records = await newRecords(before);
    expect(records.map((r) => r.attributes['dpl.core.data_subject_id'])).toEqual(classmates.map((l) => pseudonymFor(l.bsn, DEMO_PSEUDONYM_KEY)));
    for (const record of records) {
      expect(record.attributes['ketengraaf.fields_disclosed']).toEqual(['Child.schoolAbsences', 'Child.schoolEnrolment']);
      expect(record.foreign_operation).toEqual({ trace_id: '0af7651916cd43dd8448eb211c80319c', operation_id: 'b7ad6b7169203331', entity: 'urn:ketengraaf:gateway' });
      expect(record.attributes['ketengraaf.recipient.organisation']).toBe(pupil.brin);
      expect(JSON.stringify(record)).not.toMatch(new RegExp(`${pupil.bsn}|${pupil.leerlingnummer}`));
    }
  });

  it("records what the guard withheld from another school, and that nothing was disclosed", async () => {
    const before = await count();
    await bed.query(entity(pupilId, 'schoolAbsences { date }'), bed.as('SCHOOL_CARE_COORDINATOR', otherSchool));
    const [record] = await newRecords(before);
    expect(record?.attributes).toMatchObject({ 'ketengraaf.fields_disclosed': [], 'ketengraaf.fields_withheld': ['Child.schoolAbsences'], 'dpl.core.data_subject_id': pupilId });
    expect(record?.status_code).toBe('STATUS_CODE_OK');
  });

  it('records a list of pupils as a disclosure about each pupil listed', async () => {
    const before = await count();
    await bed.query(`{ _entities(representations: [{ __typename: "Organisation", id: "${pupil.brin}" }]) { ... on Organisation { pupils(first: 3) { id } } } }`, bed.as('SCHOOL_CARE_COORDINATOR', pupil.brin));
    const records = await newRecords(before);
    expect(records).toHaveLength(3);
    expect(records.every((r) => r.attributes['ketengraaf.fields_disclosed'].includes('Organisation.pupils'))).toBe(true);
  });

  it('records a failed partner as an error for the child', async () => {
    const before = await count();
    await bed.system.close();
    const { body } = await bed.query(entity(pupilId, 'schoolAbsences { date }'), bed.as('SCHOOL_CARE_COORDINATOR', pupil.brin));
    expect(body.errors?.[0]?.extensions?.code).toBe('PARTNER_UNAVAILABLE');
    const [record] = await newRecords(before);
    expect(record).toMatchObject({ status_code: 'STATUS_CODE_ERROR', attributes: { 'ketengraaf.fields_withheld': ['Child.schoolAbsences'] } });
  });
});

describe('an adapter that cannot write its disclosure log', () => {
  it('releases nothing: LOG_UNAVAILABLE and no data', async () => {
    // A folder where the log file should be: every append fails.
    const broken = await startSubgraphTestbed(schoolSubgraph, startSchoolSystem, population, { env: { SCHOOL_DISCLOSURE_LOG_FILE: mkdtempSync(join(tmpdir(), 'not-a-file-')) } });
    try {
      const { status, body } = await broken.query(entity(pupilId, 'schoolAbsences { date }'), broken.as('SCHOOL_CARE_COORDINATOR', pupil.brin));
      expect(status).toBe(503);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions?.code).toBe('LOG_UNAVAILABLE');
      expect(JSON.stringify(body)).not.toContain(data.verzuim.get(pupil.leerlingnummer)?.[0]?.datum ?? 'never');
    } finally {
      await broken.close();
    }
  });
});
