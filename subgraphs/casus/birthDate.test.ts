import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { birthDateState, reportBirthDate } from './domain/birthDate.ts';
import { emptyFile } from './records.ts';
import { PEOPLE, childId, dataOf, refusalOf, startCasusTestbed, type CasusTestbed, type Person } from './test/casusTestbed.ts';
import { participant } from './test/caseFixture.ts';
import { CHILD_GRANTS, OPEN_CASE, RECORD_CONSENT, REGISTER_SIGNAL } from './test/operations.ts';
import { describeEachStore } from './test/storeVariants.ts';
import { TestClock } from './test/testClock.ts';

const RESOLVE_BIRTH_DATE = /* GraphQL */ `
  mutation ($input: ResolveBirthDateInput!) { resolveBirthDate(input: $input) { id phase } }
`;

// Regression: the first birth date given won, so an unrelated organisation could signal a false
// date, change who must consent (the age rule), and then block the real signaller with
// "childBirthDate differs". Now each organisation's date is kept; a disagreement blocks no signal,
// and the age rule decides nothing until the case director settles the date.
describeEachStore('a disputed birth date', (kind) => {
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
  const consent = (child: string, givenBy: 'PARENT' | 'CHILD') =>
    bed.as(PEOPLE.director, 'CASE_DISCUSSION')(RECORD_CONSENT, {
      input: { childId: child, purpose: 'CASE_DISCUSSION', organisationId: 'school-esdoorn', givenBy, validUntil: '2030-12-31' },
    });
  const resolve = (person: Person, child: string, birthDate: string) => bed.as(person, 'CASE_DISCUSSION')(RESOLVE_BIRTH_DATE, { input: { childId: child, birthDate } });
  const grant = async (child: string) => dataOf(await bed.as(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION')(CHILD_GRANTS, { ids: [child] }))._childGrants[0].consent;

  it('blocks no signal: the real signaller is heard after a false date, and nothing tells either of them', async () => {
    const child = childId(1);
    dataOf(await signal(PEOPLE.police, child, poisoned));
    const answer = await signal(PEOPLE.ibEsdoorn, child, real);
    expect(dataOf(answer).registerSignal.status).toBe('OPEN');
    expect(JSON.stringify(answer.body)).not.toMatch(/\d{4}-\d{2}-\d{2}(?!T)/);
  });

  it('leaves the age rule undecided, telling the case director to settle the date, who then records consent under it', async () => {
    const child = childId(1);
    await openCase(child);
    // Under the false date (17) the young person alone would consent; under neither may the rule guess.
    const refused = await consent(child, 'CHILD');
    expect(refusalOf(refused)).toEqual({ code: 'CONFLICT', reason: 'BIRTH_DATE_DISPUTED' });
    expect(refused.body.errors?.[0]?.message).toMatch(/case director must settle the birth date/);
    expect(JSON.stringify(refused.body)).not.toContain(real);
    expect(JSON.stringify(refused.body)).not.toContain(poisoned);
    dataOf(await resolve(PEOPLE.director, child, real));
    expect(refusalOf(await consent(child, 'CHILD'))).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_ENTITLED_TO_CONSENT' });
    expect(dataOf(await consent(child, 'PARENT')).recordConsent.status).toBe('VALID');
    // Settled: a later different date is not kept, and changes nothing.
    dataOf(await signal(PEOPLE.ibKompas, child, poisoned));
    expect(await grant(child)).toBe(true);
  });

  it('suspends a valid consent while the dates disagree, until the director settles the date', async () => {
    const child = childId(2);
    dataOf(await signal(PEOPLE.ibEsdoorn, child, real));
    await openCase(child);
    dataOf(await consent(child, 'PARENT'));
    expect(await grant(child)).toBe(true);
    dataOf(await signal(PEOPLE.police, child, poisoned));
    expect(await grant(child)).toBe(false);
    dataOf(await resolve(PEOPLE.director, child, real));
    expect(await grant(child)).toBe(true);
  });

  it('lets an organisation correct its own date, never replace another’s', async () => {
    const child = childId(3);
    dataOf(await signal(PEOPLE.ibEsdoorn, child, real));
    await openCase(child);
    dataOf(await signal(PEOPLE.ibKompas, child, poisoned));
    expect(refusalOf(await consent(child, 'PARENT')).reason).toBe('BIRTH_DATE_DISPUTED');
    dataOf(await signal(PEOPLE.ibKompas, child, real));
    expect(dataOf(await consent(child, 'PARENT')).recordConsent.status).toBe('VALID');
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
  it('reads an earlier file’s single date as one unattributed report, which a different date disputes', () => {
    const legacy = { ...emptyFile(childId(9)), birthDate: '2016-05-01' };
    expect(birthDateState(legacy)).toEqual({ kind: 'AGREED', date: '2016-05-01' });
    reportBirthDate(legacy, 'school-esdoorn', '2016-05-01');
    expect(birthDateState(legacy)).toEqual({ kind: 'AGREED', date: '2016-05-01' });
    expect(legacy.birthDate).toBeUndefined();
    reportBirthDate(legacy, 'politie-basisteam', '2009-05-01');
    expect(birthDateState(legacy)).toEqual({ kind: 'DISPUTED' });
  });
});
