import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ConsentGiver } from './records.ts';
import { PEOPLE, childId, dataOf, refusalOf, startCasusTestbed, type CasusTestbed } from './test/casusTestbed.ts';
import { participant } from './test/caseFixture.ts';
import { OPEN_CASE, RECORD_CONSENT, REGISTER_SIGNAL, WITHDRAW_CONSENT } from './test/operations.ts';
import { describeEachStore } from './test/storeVariants.ts';
import { TestClock } from './test/testClock.ts';

describeEachStore('consent per child, purpose and receiving organisation', (kind) => {
  let bed: CasusTestbed;
  const clock = new TestClock('2026-09-01T09:00:00Z');
  let next = 0;
  /** The birth date the case director gives with a consent: the age rule's date is the recorder's own. */
  const birthDates = new Map<string, string>();
  beforeAll(async () => {
    bed = await startCasusTestbed(await kind.open(), clock);
  });
  afterAll(() => bed?.close());

  /**
   * A fresh child aged `age` (plus `days`), known to the hub through a school signal, with its case
   * open at the case table (the school and the JGZ take part): where CASE_DISCUSSION consent is recorded.
   */
  async function childAged(age: number, days = 0) {
    const child = childId(100 + next++);
    const input = { childId: child, childBirthDate: clock.birthDateForAge(age, days), contactName: 'IB' };
    birthDates.set(child, input.childBirthDate);
    dataOf(await bed.as(PEOPLE.ibEsdoorn, 'SIGNALLING')(REGISTER_SIGNAL, { input }));
    dataOf(
      await bed.as(PEOPLE.director, 'CASE_DISCUSSION')(OPEN_CASE, {
        input: { childId: child, caseDirectorName: PEOPLE.director.name, participants: [participant(PEOPLE.jgz)] },
      }),
    );
    return child;
  }
  const record = (child: string, givenBy: ConsentGiver, extra: Record<string, unknown> = {}) =>
    bed.as(PEOPLE.director, 'CASE_DISCUSSION')(RECORD_CONSENT, {
      input: { childId: child, childBirthDate: birthDates.get(child), purpose: 'CASE_DISCUSSION', organisationId: 'school-esdoorn', givenBy, validUntil: '2027-08-31', ...extra },
    });
  const grant = async (child: string) => (await bed.grants(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION', [child]))[0]?.consent;

  it('under 12: a parent gives it; the child is not entitled', async () => {
    const child = await childAged(9);
    const refused = await record(child, 'CHILD');
    expect(refusalOf(refused)).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_ENTITLED_TO_CONSENT' });
    expect(refused.body.errors?.[0]?.message).toMatch(/under 12, a parent or guardian gives consent/);
    expect(await grant(child)).toBe(false);
    const given = dataOf(await record(child, 'PARENT')).recordConsent;
    expect(given).toMatchObject({ status: 'VALID', purpose: 'CASE_DISCUSSION', organisation: { id: 'school-esdoorn' }, validUntil: '2027-08-31' });
    expect(given.givenBy).toEqual([{ giver: 'PARENT', givenAt: clock.now().toISOString() }]);
    expect(await grant(child)).toBe(true);
  });

  it('12 to 15: valid only once both the child and a parent have given it', async () => {
    const child = await childAged(13);
    expect(dataOf(await record(child, 'PARENT')).recordConsent.status).toBe('PENDING');
    expect(await grant(child)).toBe(false);
    const both = dataOf(await record(child, 'CHILD')).recordConsent;
    expect(both.status).toBe('VALID');
    expect(both.givenBy.map((g: { giver: string }) => g.giver)).toEqual(['PARENT', 'CHILD']);
    expect(await grant(child)).toBe(true);
  });

  it('from 16: the young person alone; a parent is not entitled', async () => {
    const child = await childAged(16);
    expect(refusalOf(await record(child, 'GUARDIAN'))).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_ENTITLED_TO_CONSENT' });
    expect(dataOf(await record(child, 'CHILD')).recordConsent.status).toBe('VALID');
    expect(await grant(child)).toBe(true);
  });

  it('holds only for its purpose and its receiving organisation', async () => {
    const child = await childAged(7);
    dataOf(await record(child, 'PARENT'));
    expect((await bed.grants(PEOPLE.ibKompas, 'CASE_DISCUSSION', [child]))[0]?.consent).toBe(false);
    expect((await bed.grants(PEOPLE.ibEsdoorn, 'WARM_HANDOVER', [child]))[0]?.consent).toBe(false);
  });

  it('is withdrawn at once, and the grant ends with it', async () => {
    const child = await childAged(10);
    const consent = dataOf(await record(child, 'PARENT')).recordConsent;
    expect(await grant(child)).toBe(true);
    const withdrawn = dataOf(await bed.as(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION')(WITHDRAW_CONSENT, { id: consent.id })).withdrawConsent;
    expect(withdrawn).toEqual({ id: consent.id, status: 'WITHDRAWN', withdrawnAt: clock.now().toISOString() });
    expect(await grant(child)).toBe(false);
    const outsider = await bed.as(PEOPLE.jgz, 'CASE_DISCUSSION')(WITHDRAW_CONSENT, { id: consent.id });
    expect(refusalOf(outsider)).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
    const unknown = await bed.as(PEOPLE.jgz, 'CASE_DISCUSSION')(WITHDRAW_CONSENT, { id: 'con_nonexistent' });
    expect(unknown.body.errors?.[0]?.message).toBe(outsider.body.errors?.[0]?.message);
  });

  it('expires after its last day, and a parents-only consent lapses on the child’s twelfth birthday', async () => {
    const child = await childAged(12, -10); // eleven now, twelve in ten days
    dataOf(await record(child, 'PARENT', { validUntil: '2026-09-05' }));
    expect(await grant(child)).toBe(true);
    clock.advanceDays(5);
    expect(await grant(child)).toBe(false); // past 5 September
    clock.set('2026-09-01T09:00:00Z');
    dataOf(await record(child, 'PARENT', { purpose: 'CASE_DISCUSSION', organisationId: 'ggd-regio', validUntil: '2027-12-31' }));
    const jgz = async () => (await bed.grants(PEOPLE.jgz, 'CASE_DISCUSSION', [child]))[0]?.consent;
    expect(await jgz()).toBe(true);
    clock.advanceDays(10);
    expect(await jgz()).toBe(false); // twelve now: the child must consent too
    dataOf(await record(child, 'CHILD', { organisationId: 'ggd-regio', validUntil: '2027-12-31' }));
    expect(await jgz()).toBe(true);
    clock.set('2026-09-01T09:00:00Z');
  });

  it('refuses what it cannot apply the rule to, with typed errors', async () => {
    const child = await childAged(8);
    expect(refusalOf(await record(child, 'PARENT', { purpose: 'COMPULSORY_EDUCATION' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(refusalOf(await record(child, 'PARENT', { organisationId: 'school-nowhere' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_ORGANISATION' });
    expect(refusalOf(await record(child, 'PARENT', { validUntil: '2020-01-01' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(refusalOf(await record('not-a-pseudonym', 'PARENT'))).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_CHILD' });
    const police = await bed.as(PEOPLE.police, 'CASE_DISCUSSION')(RECORD_CONSENT, {
      input: { childId: child, purpose: 'CASE_DISCUSSION', organisationId: 'politie-basisteam', givenBy: 'PARENT', validUntil: '2027-01-01' },
    });
    expect(police.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
  });

  it('shows a child’s consents only to the organisations involved in them', async () => {
    const child = await childAged(6);
    dataOf(await record(child, 'PARENT'));
    const query = `{ _entities(representations: [{ __typename: "Child", id: "${child}" }]) { ... on Child { consents { status organisation { id } } } } }`;
    const school = dataOf(await bed.as(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION')(query))._entities[0].consents;
    expect(school).toEqual([{ status: 'VALID', organisation: { id: 'school-esdoorn' } }]);
    expect(dataOf(await bed.as(PEOPLE.ibKompas, 'CASE_DISCUSSION')(query))._entities[0].consents).toEqual([]);
  });
});
