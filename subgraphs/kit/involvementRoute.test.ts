import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSchoolSystem } from '../../demo/partners/school/schoolSystem.ts';
import { generateSchoolData } from '../../demo/partners/school/schoolData.ts';
import { DEFAULT_SEED } from '../../demo/synthetic/population.ts';
import { CONTEXT_HEADER, GRANTS_AUDIENCE, INVOLVEMENT_HEADER, involvementAudience, subgraphAudience } from '../../schema/callerContext.ts';
import { startSubgraphTestbed, type SubgraphTestbed } from '../../test/harness/subgraphTestbed.ts';
import { schoolSubgraph } from '../school/schoolSubgraph.ts';
import { DEMO_PSEUDONYM_KEY } from './config.ts';
import { pseudonymFor } from './pseudonym.ts';

// Verified involvement rests on this route: the casus subgraph asks a partner subgraph whether the
// caller's organisation holds a child's record there, with the involvement-only context the
// gateway signed. Tested on the school adapter; every partner adapter serves it through the kit.
const population = { seed: DEFAULT_SEED, count: 300 };
const { leerlingen } = generateSchoolData(population);
const pupil = leerlingen[0];
const elsewhere = leerlingen.find((l) => l.brin !== pupil?.brin);
if (!pupil || !elsewhere) throw new Error('the synthetic population should hold pupils of two schools');
const pupilId = pseudonymFor(pupil.bsn, DEMO_PSEUDONYM_KEY);
const elsewhereId = pseudonymFor(elsewhere.bsn, DEMO_PSEUDONYM_KEY);
const unknownId = pseudonymFor('999999990', DEMO_PSEUDONYM_KEY);

let bed: SubgraphTestbed;
beforeAll(async () => {
  bed = await startSubgraphTestbed(schoolSubgraph, startSchoolSystem, population);
});
afterAll(() => bed?.close());

const routeUrl = (path: string) => new URL(path, bed.subgraph.url).toString();
const sign = (organisation: string, audience: string) =>
  bed.contexts.sign({ role: 'SCHOOL_CARE_COORDINATOR', organisation, purpose: 'SIGNALLING' }, audience);
async function ask(token: string, childIds: unknown, init: { method?: string; header?: string } = {}) {
  const response = await fetch(routeUrl('/involvement'), {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', [init.header ?? INVOLVEMENT_HEADER]: token },
    ...(init.method === 'GET' ? {} : { body: JSON.stringify({ childIds }) }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
}

describe('POST /involvement at a partner subgraph', () => {
  it('says, per child, whether the caller’s organisation holds the record: its own pupil yes, another school’s and an unknown child no', async () => {
    const token = await sign(pupil.brin, involvementAudience('school'));
    expect(await ask(token, [pupilId, elsewhereId, unknownId, 'not-a-pseudonym'])).toEqual({ status: 200, body: { data: [true, false, false, false] } });
  });

  it('answers from the index: an unknown child never makes the adapter ask its partner again', async () => {
    const token = await sign(pupil.brin, involvementAudience('school'));
    await bed.resetCalls();
    for (let i = 0; i < 5; i++) await ask(token, [pseudonymFor(`99999999${i}`, DEMO_PSEUDONYM_KEY)]);
    expect(await bed.calls()).toEqual({});
  });

  it('takes the involvement-only context addressed to this subgraph, over POST only, and nothing else', async () => {
    const refusals = [
      await ask(await sign(pupil.brin, involvementAudience('police')), [pupilId]),
      await ask(await sign(pupil.brin, subgraphAudience('school')), [pupilId]),
      await ask(await sign(pupil.brin, GRANTS_AUDIENCE), [pupilId]),
      await ask(await sign(pupil.brin, involvementAudience('school')), [pupilId], { header: CONTEXT_HEADER }),
      await ask('not-a-token', [pupilId]),
    ];
    for (const refused of refusals) {
      expect(refused.status).toBe(401);
      expect(refused.body.data).toBeUndefined();
    }
    const overGet = await ask(await sign(pupil.brin, involvementAudience('school')), undefined, { method: 'GET' });
    expect(overGet.status).toBe(405);
    expect(overGet.body.data).toBeUndefined();
  });

  it('is refused at /graphql: the involvement context cannot read the partner’s data', async () => {
    const token = await sign(pupil.brin, involvementAudience('school'));
    const answer = await bed.query(`{ _entities(representations: [{ __typename: "Child", id: "${pupilId}" }]) { ... on Child { schoolEnrolment { group } } } }`, token);
    expect(answer.status).toBe(401);
    expect(answer.body.data).toBeUndefined();
  });

  it('refuses a malformed body with a clear error and an oversized one', async () => {
    const token = await sign(pupil.brin, involvementAudience('school'));
    const malformed = await ask(token, 'all of them');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const oversized = await ask(token, Array.from({ length: 1001 }, () => pupilId));
    expect(oversized.status).toBe(400);
  });
});

describe('/graphql at a partner subgraph', () => {
  // Regression: the grants-only context was checked against the POST body while a GET ran the
  // query in its URL. Subgraphs now answer POST only; the gateway never sends anything else.
  it('answers GET with 405 and runs nothing, whatever context comes with it', async () => {
    const token = await bed.as('SCHOOL_CARE_COORDINATOR', pupil.brin);
    const query = encodeURIComponent(`{ _entities(representations: [{ __typename: "Child", id: "${pupilId}" }]) { ... on Child { schoolEnrolment { group } } } }`);
    await bed.resetCalls();
    const answer = await fetch(`${bed.subgraph.url}?query=${query}`, { headers: { [CONTEXT_HEADER]: token, 'apollo-require-preflight': 'true' } });
    expect(answer.status).toBe(405);
    expect(await answer.text()).not.toContain('group');
    expect(await bed.calls()).toEqual({});
  });
});
