import { afterAll, beforeAll, expect, it } from 'vitest';
import { PEOPLE, childId, dataOf, startCasusTestbed, type CasusTestbed, type GraphQLAnswer } from './test/casusTestbed.ts';
import { OPEN_CASE, PREPARE_HANDOVER, RECORD_CONSENT, REGISTER_SIGNAL } from './test/operations.ts';
import { describeEachStore } from './test/storeVariants.ts';
import { TestClock } from './test/testClock.ts';

// Regression: mutation errors told callers what the hub holds on a child, unlogged: the order of
// checks gave away the recorded birth date (prepareWarmHandover), whether a file exists and the
// child's age band (recordConsent), and whether a child has an open signal (openCase). Input
// shape is now checked before the store is read, and no answer confirms a stored birth date.
describeEachStore('mutation errors reveal nothing the caller may not know', (kind) => {
  let bed: CasusTestbed;
  const clock = new TestClock();
  const known = childId(1);
  const older = childId(2);
  const unknown = childId(3);
  const born = clock.birthDateForAge(4);
  beforeAll(async () => {
    bed = await startCasusTestbed(await kind.open(), clock);
    for (const [child, childBirthDate] of [[known, born], [older, clock.birthDateForAge(17)]]) {
      dataOf(await bed.as(PEOPLE.ibEsdoorn, 'SIGNALLING')(REGISTER_SIGNAL, { input: { childId: child, childBirthDate, contactName: 'IB' } }));
    }
  });
  afterAll(() => bed?.close());

  /** What a caller sees of a refusal: code, reason and message, and the data field. */
  const seen = (answer: GraphQLAnswer) => {
    const [error] = answer.body.errors ?? [];
    return { code: error?.extensions?.code, reason: error?.extensions?.reason, message: error?.message, data: answer.body.data };
  };

  it('prepareWarmHandover: a wrong and the right birth date give the same answers', async () => {
    const input = (childBirthDate: string, points: number) => ({
      childId: known,
      childBirthDate,
      toSchoolId: 'school-esdoorn',
      development: 'Speelt graag',
      vveProgramme: 'Piramide',
      vveDurationMonths: 12,
      pointsOfAttention: Array.from({ length: points }, (_, i) => `Punt ${i}`),
    });
    const prepare = (childBirthDate: string, points: number) => bed.as(PEOPLE.pm, 'WARM_HANDOVER')(PREPARE_HANDOVER, { input: input(childBirthDate, points) });
    const wrong = clock.birthDateForAge(5);
    const tooMany = [seen(await prepare(born, 21)), seen(await prepare(wrong, 21))];
    expect(tooMany[0]).toMatchObject({ reason: 'INVALID_INPUT', message: 'pointsOfAttention holds at most 20 points.' });
    expect(tooMany[1]).toEqual(tooMany[0]);
    const fine = [dataOf(await prepare(born, 1)), dataOf(await prepare(wrong, 1))].map((d) => d.prepareWarmHandover.status);
    expect(fine).toEqual(['AWAITING_CONSENT', 'AWAITING_CONSENT']);
  });

  it('recordConsent: no file, a young child and an older one all get one refusal when the caller may not record', async () => {
    const record = (child: string, validUntil = '2030-12-31') =>
      bed.as(PEOPLE.director, 'CASE_DISCUSSION')(RECORD_CONSENT, {
        input: { childId: child, purpose: 'CASE_DISCUSSION', organisationId: 'school-esdoorn', givenBy: 'PARENT', validUntil },
      });
    const answers = [seen(await record(unknown)), seen(await record(known)), seen(await record(older))];
    expect(answers[0]).toMatchObject({ code: 'FORBIDDEN_OPERATION', reason: 'NOT_ENTITLED_TO_RECORD_CONSENT' });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    const shape = [seen(await record(unknown, '2020-01-01')), seen(await record(known, '2020-01-01'))];
    expect(shape[0]).toMatchObject({ reason: 'INVALID_INPUT' });
    expect(shape[1]).toEqual(shape[0]);
  });

  it('openCase: a malformed input is refused alike whether or not the child has an open signal', async () => {
    const open = (child: string, input: Record<string, unknown>) =>
      bed.as(PEOPLE.director, 'CASE_DISCUSSION')(OPEN_CASE, { input: { childId: child, caseDirectorName: 'Regisseur A', ...input } });
    for (const malformed of [{ caseDirectorName: '' }, { phase: 7 }, { phase: 4 }, { reason: ' ' }]) {
      const [withSignal, without] = [seen(await open(known, malformed)), seen(await open(unknown, malformed))];
      expect(withSignal.code, JSON.stringify(malformed)).toBe('BAD_USER_INPUT');
      expect(without, JSON.stringify(malformed)).toEqual(withSignal);
    }
  });
});
