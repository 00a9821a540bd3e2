import { afterAll, beforeAll, expect, it } from 'vitest';
import { CasusGrantClient } from '../kit/grants.ts';
import { CONTEXT_HEADER, GRANTS_AUDIENCE, GRANTS_HEADER, verifyCallerContext, importContextKey } from '../../schema/callerContext.ts';
import { grantsUrlOf } from '../kit/grants.ts';
import { postGraphQL } from '../../test/harness/postGraphQL.ts';
import { PEOPLE, childId, dataOf, startCasusTestbed, type CasusTestbed, type Person } from './test/casusTestbed.ts';
import { caseFromMatch, escalate, parentsConsent } from './test/caseFixture.ts';
import { CountingStore } from './test/countingStore.ts';
import { CLOSE_CASE, WITHDRAW_CONSENT } from './test/operations.ts';
import { describeEachStore } from './test/storeVariants.ts';
import { TestClock } from './test/testClock.ts';

describeEachStore('grants for the rest of the graph (POST /grants)', (kind) => {
  let bed: CasusTestbed;
  let store: CountingStore;
  const clock = new TestClock();
  beforeAll(async () => {
    store = new CountingStore(await kind.open());
    bed = await startCasusTestbed(store, clock);
  });
  afterAll(() => bed?.close());

  /** What the kit sends: the same query, through the kit's own client, with the gateway's grants-only context. */
  async function kitGrants(person: Person, purpose: 'CASE_DISCUSSION' | 'WARM_HANDOVER', ids: string[]) {
    const token = await bed.contexts.signGrants({ role: person.role, organisation: person.organisation, purpose, professional: person.professional });
    const { caller } = await verifyCallerContext(token, await importContextKey(bed.contexts.keys.publicJwk), [GRANTS_AUDIENCE]);
    return new CasusGrantClient(bed.subgraph.url).grantsFor(ids, caller, token);
  }

  // Regression: partner subgraphs forward a context to casus; it used to be the caller's full
  // context, which an adapter could replay to read anything the caller may. Then a grants-only
  // context was checked against the POST body while a GET ran the URL's query: any adapter
  // operator read myMatches with it. Now it is good at POST /grants only, and /graphql never takes it.
  it('refuses the grants-only context a partner subgraph forwards anywhere but POST /grants', async () => {
    const person = PEOPLE.ibEsdoorn;
    const token = await bed.contexts.signGrants({ role: person.role, organisation: person.organisation, purpose: 'CASE_DISCUSSION', professional: person.professional });
    const replayed = await postGraphQL(bed.subgraph.url, '{ myCases { id phase } }', { headers: { [CONTEXT_HEADER]: token } });
    expect(replayed.status).toBe(401);
    expect(replayed.body.data).toBeUndefined();
    const overGet = await fetch(`${bed.subgraph.url}?query=${encodeURIComponent('{ myMatches { since } }')}`, {
      headers: { [CONTEXT_HEADER]: token, [GRANTS_HEADER]: token, 'apollo-require-preflight': 'true' },
    });
    expect(overGet.status).toBe(405);
    expect(JSON.stringify(await overGet.json())).not.toMatch(/since|myMatches/);
    const grantsOverGet = await fetch(grantsUrlOf(bed.subgraph.url), { headers: { [GRANTS_HEADER]: token } });
    expect(grantsOverGet.status).toBe(405);
    const atGrants = await fetch(grantsUrlOf(bed.subgraph.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [GRANTS_HEADER]: token },
      body: JSON.stringify({ query: '{ myMatches { since } }', childIds: [childId(1)] }),
    });
    expect(await atGrants.json()).toEqual({ data: [{ childId: childId(1), caseParticipant: false, casePhase: null, consent: false }] });
  });

  it('refuses a full caller context at POST /grants: each context does one thing', async () => {
    const full = await bed.contexts.sign({ role: 'CASE_DIRECTOR', organisation: 'gemeente-demo', purpose: 'CASE_DISCUSSION' });
    const answer = await fetch(grantsUrlOf(bed.subgraph.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [GRANTS_HEADER]: full },
      body: JSON.stringify({ childIds: [childId(1)] }),
    });
    expect(answer.status).toBe(401);
    expect(((await answer.json()) as { data?: unknown }).data).toBeUndefined();
  });

  it('answers the kit’s grants query for the caller: participation, phase and consent', async () => {
    const { child, caseId } = await caseFromMatch(bed, clock, 1);
    await parentsConsent(bed, child, PEOPLE.ibEsdoorn, 'CASE_DISCUSSION');
    expect(await kitGrants(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION', [child, childId(2)])).toEqual([
      { childId: child, caseParticipant: true, casePhase: 2, consent: true },
      { childId: childId(2), caseParticipant: false, casePhase: null, consent: false },
    ]);
    // A non-participant learns nothing of the case, not even its phase.
    expect(await kitGrants(PEOPLE.ibKompas, 'CASE_DISCUSSION', [child])).toEqual([{ childId: child, caseParticipant: false, casePhase: null, consent: false }]);
    await escalate(bed, caseId, 3, PEOPLE.jgz);
    expect((await kitGrants(PEOPLE.jgz, 'CASE_DISCUSSION', [child]))[0]).toEqual({ childId: child, caseParticipant: true, casePhase: 3, consent: false });
  });

  it('reads the store once for a whole batch of children', async () => {
    const ids = Array.from({ length: 50 }, (_, n) => childId(1000 + n));
    store.fileReads.length = 0;
    const grants = await bed.grants(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION', ids);
    expect(grants.map((g: { childId: string }) => g.childId)).toEqual(ids);
    expect(store.fileReads).toEqual([ids]);
  });

  it('batches the guard’s own grants too: many children in one request cost one grants read', async () => {
    const ids = [childId(1), ...Array.from({ length: 20 }, (_, n) => childId(2000 + n))];
    const representations = ids.map((id) => `{ __typename: "Child", id: "${id}" }`).join(', ');
    store.fileReads.length = 0;
    const answer = await bed.as(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION')(`{ _entities(representations: [${representations}]) { ... on Child { id } } }`);
    expect(answer.body.errors).toBeUndefined();
    const withCase = await bed.as(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION')(`{ _entities(representations: [${representations}]) { ... on Child { openCase { id } } } }`);
    expect(withCase.body.data._entities.filter((c: { openCase: unknown }) => c.openCase !== null)).toHaveLength(1);
    // One read for the guard's grants of all 21 children, one for the resolver's files of those released.
    expect(store.fileReads).toHaveLength(2);
    expect(store.fileReads[0]).toHaveLength(21);
  });

  it('answers malformed ids with no grant instead of an error, and refuses oversized batches', async () => {
    const grants = (await bed.grants(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION', ['123456782']));
    expect(grants).toEqual([{ childId: '123456782', caseParticipant: false, casePhase: null, consent: false }]);
    await expect(bed.grants(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION', Array.from({ length: 1001 }, (_, n) => childId(n)))).rejects.toThrow(/at most 1000/);
  });

  // Regression: the route takes 1,000 ids, and a director with more cases than that got no grant
  // at all for myCases (every per-child field withheld). The kit's client asks page by page.
  it('answers a list longer than one request may name, in pages, through the kit’s client', async () => {
    const { child } = await caseFromMatch(bed, clock, 4);
    const ids = [...Array.from({ length: 2400 }, (_, n) => childId(5000 + n)), child];
    store.fileReads.length = 0;
    const grants = await kitGrants(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION', ids);
    expect(grants.map((grant) => grant.childId)).toEqual(ids);
    expect(grants.at(-1)).toMatchObject({ childId: child, caseParticipant: true });
    expect(store.fileReads.map((read) => read.length).sort((a, b) => a - b)).toEqual([401, 1000, 1000]);
  });

  it('changes at once when a consent is withdrawn or the case is closed', async () => {
    const { child, caseId } = await caseFromMatch(bed, clock, 3);
    const consent = await parentsConsent(bed, child, PEOPLE.ibEsdoorn, 'CASE_DISCUSSION');
    expect((await kitGrants(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION', [child]))[0]).toMatchObject({ caseParticipant: true, consent: true });
    dataOf(await bed.as(PEOPLE.director, 'CASE_DISCUSSION')(WITHDRAW_CONSENT, { id: consent.id }));
    expect((await kitGrants(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION', [child]))[0]).toMatchObject({ caseParticipant: true, consent: false });
    dataOf(await bed.as(PEOPLE.director, 'CASE_DISCUSSION')(CLOSE_CASE, { input: { caseId, reason: 'Overgedragen aan jeugdhulp' } }));
    expect((await kitGrants(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION', [child]))[0]).toEqual({ childId: child, caseParticipant: false, casePhase: null, consent: false });
  });
});
