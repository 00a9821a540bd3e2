import { afterAll, beforeAll, expect, it } from 'vitest';
import { PEOPLE, childId, dataOf, refusalOf, startCasusTestbed, type CasusTestbed } from './test/casusTestbed.ts';
import { parentsConsent } from './test/caseFixture.ts';
import { HANDOVER_CONTENT, PREPARE_HANDOVER, WITHDRAW_CONSENT } from './test/operations.ts';
import { describeEachStore } from './test/storeVariants.ts';
import { TestClock } from './test/testClock.ts';

describeEachStore('the warm handover from childcare to primary school', (kind) => {
  let bed: CasusTestbed;
  const clock = new TestClock();
  beforeAll(async () => {
    bed = await startCasusTestbed(await kind.open(), clock);
  });
  afterAll(() => bed?.close());

  const handoverInput = (child: string, toSchoolId = 'school-esdoorn') => ({
    childId: child,
    childBirthDate: clock.birthDateForAge(4),
    toSchoolId,
    development: 'Taalontwikkeling loopt achter; sociaal sterk.',
    vveProgramme: 'Piramide',
    vveDurationMonths: 18,
    pointsOfAttention: ['Extra aandacht voor woordenschat', 'Wendt langzaam aan nieuwe situaties'],
  });
  const prepare = (child: string, toSchoolId?: string) => bed.as(PEOPLE.pm, 'WARM_HANDOVER')(PREPARE_HANDOVER, { input: handoverInput(child, toSchoolId) });
  const incoming = async (school = PEOPLE.ibEsdoorn) =>
    dataOf(await bed.as(school, 'WARM_HANDOVER')(`{ incomingHandovers { ${HANDOVER_CONTENT} } }`)).incomingHandovers;

  it('is prepared by a childcare worker and awaits the parents’ consent; the school sees nothing yet', async () => {
    const prepared = dataOf(await prepare(childId(1))).prepareWarmHandover;
    expect(prepared).toMatchObject({ status: 'AWAITING_CONSENT', toSchool: { id: 'school-esdoorn' }, fromOrganisation: { id: 'kdv-zonnetje' } });
    expect(await incoming()).toEqual([]);
    const own = dataOf(await bed.as(PEOPLE.pm, 'WARM_HANDOVER')('{ preparedHandovers { id status } }')).preparedHandovers;
    expect(own).toEqual([{ id: prepared.id, status: 'AWAITING_CONSENT' }]);
  });

  it('is released to the receiving school’s care coordinator once the parents consent, and to no one else', async () => {
    const consent = await parentsConsent(bed, childId(1), PEOPLE.ibEsdoorn, 'WARM_HANDOVER');
    expect(consent.status).toBe('VALID');
    expect(await incoming()).toEqual([
      expect.objectContaining({
        status: 'RELEASED',
        child: { id: childId(1) },
        development: 'Taalontwikkeling loopt achter; sociaal sterk.',
        vveProgramme: 'Piramide',
        vveDurationMonths: 18,
        pointsOfAttention: ['Extra aandacht voor woordenschat', 'Wendt langzaam aan nieuwe situaties'],
      }),
    ]);
    expect(await incoming(PEOPLE.ibKompas)).toEqual([]);
    // The childcare worker who wrote it does not get its content back through the graph.
    const byWriter = await bed.as(PEOPLE.pm, 'WARM_HANDOVER')('{ preparedHandovers { status development } }');
    expect(byWriter.body.data.preparedHandovers[0]).toEqual({ status: 'RELEASED', development: null });
    expect(byWriter.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
    expect(JSON.stringify(byWriter.body)).not.toContain('Taalontwikkeling');
  });

  it('guards every content field per record: another school with a consent of its own still sees nothing of it', async () => {
    // Het Kompas gets consent the one way there is: the childcare prepared a handover to it as well.
    const toKompas = dataOf(await prepare(childId(1), 'school-kompas')).prepareWarmHandover;
    await parentsConsent(bed, childId(1), PEOPLE.ibKompas, 'WARM_HANDOVER');
    const query = `{ _entities(representations: [{ __typename: "Child", id: "${childId(1)}" }]) { ... on Child { warmHandovers { id development } } } }`;
    const kompas = dataOf(await bed.as(PEOPLE.ibKompas, 'WARM_HANDOVER')(query))._entities[0].warmHandovers;
    expect(kompas.map((h: { id: string }) => h.id)).toEqual([toKompas.id]);
    const esdoorn = dataOf(await bed.as(PEOPLE.ibEsdoorn, 'WARM_HANDOVER')(query))._entities[0].warmHandovers;
    expect(esdoorn.map((h: { id: string }) => h.id)).not.toContain(toKompas.id);
    expect(esdoorn).toHaveLength(1);
  });

  it('disappears from the school at once when the consent is withdrawn', async () => {
    const child = childId(2);
    dataOf(await prepare(child));
    const consent = await parentsConsent(bed, child, PEOPLE.ibEsdoorn, 'WARM_HANDOVER');
    expect((await incoming()).map((h: { child: { id: string } }) => h.child.id)).toContain(child);
    dataOf(await bed.as(PEOPLE.pm, 'WARM_HANDOVER')(WITHDRAW_CONSENT, { id: consent.id }));
    expect((await incoming()).map((h: { child: { id: string } }) => h.child.id)).not.toContain(child);
  });

  it('refuses a handover to an organisation that is not a school of the covenant', async () => {
    for (const target of ['ggd-regio', 'school-nowhere']) {
      const answer = await prepare(childId(3), target);
      expect(refusalOf(answer)).toEqual({ code: 'NOT_FOUND', reason: 'UNKNOWN_SCHOOL' });
      expect(answer.body.data.prepareWarmHandover).toBeNull();
    }
    const tooMany = await bed.as(PEOPLE.pm, 'WARM_HANDOVER')(PREPARE_HANDOVER, {
      input: { ...handoverInput(childId(3)), vveDurationMonths: -1 },
    });
    expect(refusalOf(tooMany)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(dataOf(await bed.as(PEOPLE.pm, 'WARM_HANDOVER')('{ preparedHandovers { child { id } } }')).preparedHandovers).not.toContainEqual({
      child: { id: childId(3) },
    });
  });

  it('may be prepared by childcare workers only, for purpose WARM_HANDOVER', async () => {
    const school = await bed.as(PEOPLE.ibEsdoorn, 'WARM_HANDOVER')(PREPARE_HANDOVER, { input: handoverInput(childId(4)) });
    expect(school.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
    const purpose = await bed.as(PEOPLE.pm, 'CASE_DISCUSSION')(PREPARE_HANDOVER, { input: handoverInput(childId(4)) });
    expect(purpose.body.errors?.[0]?.message).toMatch(/purpose WARM_HANDOVER/);
  });
});
