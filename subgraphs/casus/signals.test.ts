import { afterAll, beforeAll, expect, it } from 'vitest';
import { PEOPLE, childId, dataOf, refusalOf, startCasusTestbed, type CasusTestbed, type Person } from './test/casusTestbed.ts';
import { MY_MATCHES, REGISTER_SIGNAL, WITHDRAW_SIGNAL } from './test/operations.ts';
import { describeEachStore } from './test/storeVariants.ts';
import { TestClock } from './test/testClock.ts';

describeEachStore('signals and matches', (kind) => {
  let bed: CasusTestbed;
  const clock = new TestClock();
  const born = clock.birthDateForAge(9);
  beforeAll(async () => {
    bed = await startCasusTestbed(await kind.open(), clock);
  });
  afterAll(() => bed?.close());

  const signal = (person: Person, child: string, extra: Record<string, unknown> = {}) =>
    bed.as(person, 'SIGNALLING')(REGISTER_SIGNAL, {
      input: { childId: child, childBirthDate: born, contactName: person.name, ...extra },
    });
  const matchesOf = async (person: Person) => dataOf(await bed.as(person, 'SIGNALLING')(MY_MATCHES)).myMatches;

  it('registers a signal without content: organisation, contact, date and a domain label', async () => {
    const data = dataOf(await signal(PEOPLE.ibEsdoorn, childId(1), { domain: 'EDUCATION' }));
    expect(data.registerSignal).toMatchObject({
      status: 'OPEN',
      registeredAt: clock.now().toISOString(),
      domain: 'EDUCATION',
      organisation: { id: 'school-esdoorn' },
      contact: { id: PEOPLE.ibEsdoorn.professional, name: PEOPLE.ibEsdoorn.name },
    });
    // One open signal per organisation and child: registering again returns it.
    const again = dataOf(await signal(PEOPLE.ibEsdoorn, childId(1)));
    expect(again.registerSignal.id).toBe(data.registerSignal.id);
    expect(await matchesOf(PEOPLE.ibEsdoorn)).toEqual([]);
  });

  it('matches two organisations on one child, each seeing the other’s contact', async () => {
    clock.advanceDays(3);
    dataOf(await signal(PEOPLE.jgz, childId(1), { domain: 'HEALTH' }));
    const school = await matchesOf(PEOPLE.ibEsdoorn);
    expect(school).toEqual([
      {
        child: { id: childId(1) },
        since: clock.now().toISOString(),
        signals: [
          {
            organisation: { id: 'ggd-regio', name: 'GGD Regio Demo, Jeugdgezondheidszorg' },
            contact: { id: PEOPLE.jgz.professional, name: PEOPLE.jgz.name, organisation: { id: 'ggd-regio' } },
            registeredAt: clock.now().toISOString(),
          },
        ],
      },
    ]);
    const ggd = await matchesOf(PEOPLE.jgz);
    expect(ggd[0].signals.map((s: { organisation: { id: string } }) => s.organisation.id)).toEqual(['school-esdoorn']);
    // An organisation without a signal on the child sees no match; the municipality (matchregie) sees all.
    expect(await matchesOf(PEOPLE.police)).toEqual([]);
    const direction = await matchesOf(PEOPLE.director);
    expect(direction.map((m: { child: { id: string } }) => m.child.id)).toEqual([childId(1)]);
    expect(direction[0].signals).toHaveLength(2);
  });

  it('takes a withdrawn signal out of the match at once', async () => {
    await signal(PEOPLE.police, childId(1));
    expect((await matchesOf(PEOPLE.ibEsdoorn))[0].signals).toHaveLength(2);
    const own = dataOf(await bed.as(PEOPLE.police, 'SIGNALLING')('{ mySignals { id status } }')).mySignals;
    const withdrawn = dataOf(await bed.as(PEOPLE.police, 'SIGNALLING')(WITHDRAW_SIGNAL, { id: own[0].id }));
    expect(withdrawn.withdrawSignal.status).toBe('WITHDRAWN');
    expect((await matchesOf(PEOPLE.ibEsdoorn))[0].signals).toHaveLength(1);
    expect(await matchesOf(PEOPLE.police)).toEqual([]);
  });

  it('refuses to withdraw another organisation’s signal, as if it did not exist', async () => {
    const own = dataOf(await bed.as(PEOPLE.jgz, 'SIGNALLING')('{ mySignals { id } }')).mySignals;
    const answer = await bed.as(PEOPLE.ibEsdoorn, 'SIGNALLING')(WITHDRAW_SIGNAL, { id: own[0].id });
    expect(refusalOf(answer)).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
    const unknown = await bed.as(PEOPLE.ibEsdoorn, 'SIGNALLING')(WITHDRAW_SIGNAL, { id: 'sig_nonexistent' });
    expect(unknown.body.errors?.[0]?.message).toBe(answer.body.errors?.[0]?.message);
  });

  it('refuses a malformed pseudonym and an impossible birth date with typed errors that echo nothing', async () => {
    const malformed = await signal(PEOPLE.ibEsdoorn, '123456782');
    expect(refusalOf(malformed)).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_CHILD' });
    expect(JSON.stringify(malformed.body.errors)).not.toContain('123456782');
    const unborn = await signal(PEOPLE.ibKompas, childId(2), { childBirthDate: '2099-01-01' });
    expect(refusalOf(unborn)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    // A date that differs from another organisation's is not refused: the refusal confirmed the
    // stored date, and let a false first date block the real signaller (birthDate.test.ts).
    const other = await signal(PEOPLE.ibKompas, childId(1), { childBirthDate: clock.birthDateForAge(4) });
    expect(dataOf(other).registerSignal.status).toBe('OPEN');
    expect(JSON.stringify(other.body)).not.toMatch(/\d{4}-\d{2}-\d{2}(?!T)/);
  });

  it('lets only signalling roles, for purpose SIGNALLING, register signals', async () => {
    const officer = await signal(PEOPLE.leerplicht, childId(3));
    expect(officer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
    expect(officer.body.data.registerSignal).toBeNull();
    const wrongPurpose = await bed.as(PEOPLE.ibEsdoorn, 'WARM_HANDOVER')(REGISTER_SIGNAL, {
      input: { childId: childId(3), childBirthDate: clock.birthDateForAge(9), contactName: 'x' },
    });
    expect(wrongPurpose.body.errors?.[0]?.message).toMatch(/for purpose SIGNALLING/);
    expect(dataOf(await bed.as(PEOPLE.director, 'SIGNALLING')('{ mySignals { id } }')).mySignals).toEqual([]);
  });
});
