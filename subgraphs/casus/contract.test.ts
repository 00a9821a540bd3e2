import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallerContexts } from '../../test/harness/callerContexts.ts';
import { postGraphQL } from '../../test/harness/postGraphQL.ts';
import { sdlContract } from '../../test/harness/sdlContract.ts';
import { readPolicies } from '../../schema/policy.ts';
import { Kind, parse } from 'graphql';
import { MemoryCasusStore } from './store/memoryStore.ts';
import { PEOPLE, childId, dataOf, startCasusTestbed, type CasusTestbed } from './test/casusTestbed.ts';
import { REGISTER_SIGNAL } from './test/operations.ts';
import { TestClock } from './test/testClock.ts';

let bed: CasusTestbed;
const clock = new TestClock();

beforeAll(async () => {
  bed = await startCasusTestbed(new MemoryCasusStore(), clock);
});
afterAll(() => bed?.close());

describe('casus subgraph contract', () => {
  it('publishes Child, Organisation and Professional as entities keyed by id, with a rule on every personal field', async () => {
    const sdl: string = dataOf(await bed.as(PEOPLE.director, 'CASE_DISCUSSION')('{ _service { sdl } }'))._service.sdl;
    const contract = sdlContract(sdl);
    for (const entity of ['Child', 'Organisation', 'Professional']) expect(contract.keysOf(entity)).toEqual(['id']);
    expect(contract.fieldsOf('Child')).toEqual(['id', 'openCase', 'consents', 'warmHandovers']);
    expect(contract.fieldsWithoutRule('Child')).toEqual([]);
    expect(contract.fieldsWithoutRule('Professional')).toEqual([]);
    expect(contract.fieldsWithoutRule('Case')).toEqual([]);
    // Organisation is public as a whole: an institution, not a person.
    expect(readPolicies(parse(sdl)).publicTypes.has('Organisation')).toBe(true);
    // Grants leave casus at POST /grants only: nothing on the graph answers them.
    expect(sdl).not.toMatch(/_childGrants|ChildGrant/);
    // No output field carries a BSN or the birth date (kept for the age rule only); the director
    // may settle a disputed birth date, but that mutation answers with the case, not the date.
    const outputFields = parse(sdl).definitions.flatMap((d) =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value !== 'Mutation' ? (d.fields ?? []).map((f) => f.name.value) : [],
    );
    expect(outputFields.filter((name) => /bsn|birth/i.test(name))).toEqual([]);
    expect(sdl).toMatch(/resolveBirthDate\(input: ResolveBirthDateInput!\): Case\b/);
  });

  it('resolves _entities: children by well-formed pseudonym, organisations of the covenant, known professionals only', async () => {
    await bed.as(PEOPLE.ibEsdoorn, 'SIGNALLING')(REGISTER_SIGNAL, {
      input: { childId: childId(1), childBirthDate: clock.birthDateForAge(8), contactName: PEOPLE.ibEsdoorn.name },
    });
    const { body } = await bed.as(PEOPLE.jgz, 'SIGNALLING')(`{ _entities(representations: [
        { __typename: "Child", id: "${childId(1)}" }, { __typename: "Child", id: "123456782" },
        { __typename: "Organisation", id: "school-esdoorn" }, { __typename: "Organisation", id: "school-nowhere" },
        { __typename: "Professional", id: "${PEOPLE.ibEsdoorn.professional}" }, { __typename: "Professional", id: "nobody" }
      ]) { ... on Child { id } ... on Organisation { id name type } ... on Professional { id professionalName: name organisation { id } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([
      { id: childId(1) },
      null,
      { id: 'school-esdoorn', name: 'Basisschool De Esdoorn (demo)', type: 'SCHOOL' },
      null,
      { id: PEOPLE.ibEsdoorn.professional, professionalName: PEOPLE.ibEsdoorn.name, organisation: { id: 'school-esdoorn' } },
      null,
    ]);
  });

  it('lists the covenant’s organisations by type and finds a child by pseudonym only', async () => {
    const data = dataOf(
      await bed.as(PEOPLE.pm, 'WARM_HANDOVER')(`{ organisations(type: SCHOOL) { id } organisation(id: "ggd-regio") { name }
        child(id: "${childId(2)}") { id } notAChild: child(id: "123456782") { id } }`),
    );
    expect(data.organisations.map((o: { id: string }) => o.id)).toEqual(['school-esdoorn', 'school-kompas', 'school-wilg', 'school-stedelijk']);
    expect(data.organisation).toEqual({ name: 'GGD Regio Demo, Jeugdgezondheidszorg' });
    expect(data.child).toEqual({ id: childId(2) });
    expect(data.notAChild).toBeNull();
  });

  it('refuses a request without a gateway context, or with one signed by another key', async () => {
    const anonymous = await postGraphQL(bed.subgraph.url, '{ myCases { id } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.data).toBeUndefined();
    const forger = await CallerContexts.create('casus');
    const context = await forger.sign({ role: 'CASE_DIRECTOR', organisation: 'gemeente-demo', purpose: 'CASE_DISCUSSION' });
    const forged = await postGraphQL(bed.subgraph.url, `{ myCases { id } }`, {
      headers: { 'x-ketengraaf-context': context },
    });
    expect(forged.status).toBe(401);
    expect(forged.body.data).toBeUndefined();
  });

  it('answers health from its store', async () => {
    const response = await fetch(bed.subgraph.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, subgraph: 'casus' });
  });
});
