import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentBirthDate, reportBirthDate } from './domain/birthDate.ts';
import { emptyFile } from './records.ts';
import { PEOPLE, childId, dataOf, refusalOf, startCasusTestbed, type CasusTestbed, type Person } from './test/casusTestbed.ts';
import { participant } from './test/caseFixture.ts';
import { OPEN_CASE, RECORD_CONSENT, REGISTER_SIGNAL } from './test/operations.ts';
import { describeEachStore } from './test/storeVariants.ts';
import { TestClock } from './test/testClock.ts';

const RESOLVE_BIRTH_DATE = /* GraphQL */ `
  mutation ($input: ResolveBirthDateInput!) { resolveBirthDate(input: $input) { id phase } }
`;

// Regression: the first birth date given won, so an unrelated organisation could signal a false
// date, change who must consent (the age rule), and then block the real signaller with
// "childBirthDate differs". Then a differing date made the date "disputed" for everyone: a wrong
// guess turned another organisation's valid consent into PENDING, and BIRTH_DATE_DISPUTED told the
// guesser that a date was on file. Now each consent uses its recorder's own date (or the one the
// case director settled), so another organisation's date neither reveals nor changes it.
describeEachStore('birth dates reported by several organisations', (kind) => {
  let bed: CasusTestbed;
  const clock = new TestClock();
  const real = clock.birthDateForAge(9);
  const poisoned = clock.birthDateForAge(17);
  beforeAll(async () => {
    bed = await startCasusTestbed(await kind.open(), clock);
  });
  afterAll(() => bed?.close());

  const signal = (person: Person, child: string, childBirthDate: string) =>
    bed.as(person, 'SIGNALLING')(REGISTER_SIGNAL, { input: { childId: child, childBirthDate, contactName: person.name } });
  const openCase = async (child: string) =>
    dataOf(await bed.as(PEOPLE.director, 'CASE_DISCUSSION')(OPEN_CASE, { input: { childId: child, caseDirectorName: 'Regisseur A', participants: [participant(PEOPLE.jgz)] } }))
      .openCase.id as string;
  const consent = (child: string, givenBy: 'PARENT' | 'CHILD', childBirthDate?: string) =>
    bed.as(PEOPLE.director, 'CASE_DISCUSSION')(RECORD_CONSENT, {
      input: { childId: child, purpose: 'CASE_DISCUSSION', organisationId: 'school-esdoorn', givenBy, validUntil: '2030-12-31', childBirthDate },
    });
  const resolve = (person: Person, child: string, birthDate: string) => bed.as(person, 'CASE_DISCUSSION')(RESOLVE_BIRTH_DATE, { input: { childId: child, birthDate } });
  const grant = async (child: string) => (await bed.grants(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION', [child]))[0]?.consent;

  it('blocks no signal: the real signaller is heard after a false date, and nothing tells either of them', async () => {
    const child = childId(1);
    dataOf(await signal(PEOPLE.police, child, poisoned));
    const answer = await signal(PEOPLE.ibEsdoorn, child, real);
    expect(dataOf(answer).registerSignal.status).toBe('OPEN');
    expect(JSON.stringify(answer.body)).not.toMatch(/\d{4}-\d{2}-\d{2}(?!T)/);
  });

  it('asks the recorder for its own date, in the same words whether or not others reported one', async () => {
    const reported = childId(1);
    await openCase(reported);
    const unreported = childId(5);
    dataOf(await bed.as(PEOPLE.ibEsdoorn, 'SIGNALLING')(REGISTER_SIGNAL, { input: { childId: unreported, childBirthDate: real, contactName: 'IB' } }));
    await openCase(unreported);
    // The school and the police reported dates for the first child, only the school for the second:
    // the director, who gave none, is asked for one in both cases, and learns nothing of theirs.
    const answers = [await consent(reported, 'PARENT'), await consent(unreported, 'PARENT')];
    for (const answer of answers) {
      expect(refusalOf(answer)).toEqual({ code: 'BAD_USER_INPUT', reason: 'BIRTH_DATE_REQUIRED' });
      expect(JSON.stringify(answer.body)).not.toContain(real);
      expect(JSON.stringify(answer.body)).not.toContain(poisoned);
    }
    expect(answers[0]?.body).toEqual(answers[1]?.body);
    expect(dataOf(await consent(reported, 'PARENT', real)).recordConsent.status).toBe('VALID');
  });

  it('never downgrades a valid consent when another organisation reports a different date', async () => {
    const child = childId(2);
    dataOf(await signal(PEOPLE.ibEsdoorn, child, real));
    await openCase(child);
    dataOf(await consent(child, 'PARENT', real));
    expect(await grant(child)).toBe(true);
    dataOf(await signal(PEOPLE.police, child, poisoned));
    dataOf(await signal(PEOPLE.ibKompas, child, poisoned));
    expect(await grant(child)).toBe(true);
  });

  it('lets the case director settle the date, which then decides every consent', async () => {
    const child = childId(3);
    dataOf(await signal(PEOPLE.ibEsdoorn, child, real));
    await openCase(child);
    // Recorded under a wrong date of the director's own (17: the young person alone consents) ...
    expect(dataOf(await consent(child, 'CHILD', poisoned)).recordConsent.status).toBe('VALID');
    // ... it no longer holds once the date checked with the family (9: a parent consents) is settled.
    dataOf(await resolve(PEOPLE.director, child, real));
    expect(await grant(child)).toBe(false);
    expect(refusalOf(await consent(child, 'CHILD'))).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_ENTITLED_TO_CONSENT' });
    expect(dataOf(await consent(child, 'PARENT')).recordConsent.status).toBe('VALID');
    expect(await grant(child)).toBe(true);
  });

  it('is settled by the case director of the child’s open case only, with one answer for everyone else', async () => {
    const child = childId(4);
    dataOf(await signal(PEOPLE.ibEsdoorn, child, real));
    const other = await resolve(PEOPLE.otherDirector, child, real);
    const noCase = await resolve(PEOPLE.director, child, real);
    const unknown = await resolve(PEOPLE.director, childId(404), real);
    for (const answer of [other, noCase, unknown]) expect(refusalOf(answer)).toEqual({ code: 'FORBIDDEN_OPERATION', reason: 'NOT_CASE_DIRECTOR' });
    expect(new Set([other, noCase, unknown].map((a) => a.body.errors?.[0]?.message)).size).toBe(1);
    expect((await resolve(PEOPLE.ibEsdoorn, child, real)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
    expect(refusalOf(await resolve(PEOPLE.director, child, '2099-01-01'))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
  });
});

describe('birth dates kept before reports were per organisation', () => {
  it('reads an earlier file’s single date as one unattributed report, which no consent uses', () => {
    const legacy = { ...emptyFile(childId(9)), birthDate: '2016-05-01' };
    reportBirthDate(legacy, 'school-esdoorn', '2016-05-02');
    expect(legacy.birthDate).toBeUndefined();
    expect(legacy.birthDates?.reported).toEqual({ '(unattributed)': '2016-05-01', 'school-esdoorn': '2016-05-02' });
    expect(consentBirthDate(legacy, 'school-esdoorn')).toBe('2016-05-02');
    expect(() => consentBirthDate(legacy, 'politie-basisteam')).toThrow(/your organisation has given none/);
  });
});
