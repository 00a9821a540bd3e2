import { afterAll, beforeAll, expect, it } from 'vitest';
import { runRetention } from './domain/retention.ts';
import type { CasusStore } from './store/casusStore.ts';
import { PEOPLE, childId, dataOf, startCasusTestbed, type CasusTestbed, type Person } from './test/casusTestbed.ts';
import { MY_MATCHES, REGISTER_SIGNAL, WITHDRAW_SIGNAL } from './test/operations.ts';
import { describeEachStore } from './test/storeVariants.ts';
import { TestClock } from './test/testClock.ts';

// Verwijsindex retention: a signal is open for two years, archived for five, then deleted.
describeEachStore('signal retention with a controllable clock', (kind) => {
  let bed: CasusTestbed;
  let store: CasusStore;
  const clock = new TestClock('2026-09-01T09:00:00Z');
  beforeAll(async () => {
    store = await kind.open();
    bed = await startCasusTestbed(store, clock);
  });
  afterAll(() => bed?.close());

  const signal = async (person: Person, child: string) =>
    dataOf(
      await bed.as(person, 'SIGNALLING')(REGISTER_SIGNAL, { input: { childId: child, childBirthDate: '2016-04-01', contactName: person.name } }),
    ).registerSignal;
  const mySignals = async (person: Person) => dataOf(await bed.as(person, 'SIGNALLING')('{ mySignals { id status } }')).mySignals;
  const atOffset = (years: number, ms = 0) => {
    const date = new Date('2026-09-01T09:00:00Z');
    date.setUTCFullYear(date.getUTCFullYear() + years);
    return new Date(date.getTime() + ms);
  };

  it('keeps a signal open for two years, archives it for five, then deletes it with the child’s file', async () => {
    const child = childId(1);
    const school = await signal(PEOPLE.ibEsdoorn, child);
    await signal(PEOPLE.jgz, child);
    expect(await runRetention(store, atOffset(2, -1))).toEqual({ archived: 0, deleted: 0 });
    clock.set(atOffset(2, -1));
    expect(dataOf(await bed.as(PEOPLE.ibEsdoorn, 'SIGNALLING')(MY_MATCHES)).myMatches).toHaveLength(1);

    clock.set(atOffset(2));
    // Past two years the match ends and the signal reads as archived, even before the job ran.
    expect(dataOf(await bed.as(PEOPLE.ibEsdoorn, 'SIGNALLING')(MY_MATCHES)).myMatches).toEqual([]);
    expect(await mySignals(PEOPLE.ibEsdoorn)).toEqual([{ id: school.id, status: 'ARCHIVED' }]);
    expect(await runRetention(store, clock.now())).toEqual({ archived: 2, deleted: 0 });
    expect(await store.matchedChildren()).not.toContain(child);
    const [archived] = await store.readChildren([child]);
    expect(archived?.signals.map((s) => [s.status, s.closedAt])).toEqual([
      ['ARCHIVED', atOffset(2).toISOString()],
      ['ARCHIVED', atOffset(2).toISOString()],
    ]);

    expect(await runRetention(store, atOffset(7, -1))).toEqual({ archived: 0, deleted: 0 });
    expect(await runRetention(store, atOffset(7))).toEqual({ archived: 0, deleted: 2 });
    expect(await store.readChildren([child])).toEqual([null]);
    expect(await store.childOf(school.id)).toBeNull();
    expect(await store.childrenOfOrganisation('school-esdoorn')).not.toContain(child);
    expect(await store.dueForRetention(atOffset(100))).not.toContain(child);
  });

  it('counts a withdrawn signal’s five archive years from its withdrawal', async () => {
    clock.set('2026-09-01T09:00:00Z');
    const child = childId(2);
    const withdrawnOn = atOffset(0, 30 * 86_400_000);
    const own = await signal(PEOPLE.police, child);
    clock.set(withdrawnOn);
    dataOf(await bed.as(PEOPLE.police, 'SIGNALLING')(WITHDRAW_SIGNAL, { id: own.id }));
    const fiveYearsOn = new Date(withdrawnOn);
    fiveYearsOn.setUTCFullYear(fiveYearsOn.getUTCFullYear() + 5);
    expect(await runRetention(store, new Date(fiveYearsOn.getTime() - 1))).toEqual({ archived: 0, deleted: 0 });
    expect(await runRetention(store, fiveYearsOn)).toEqual({ archived: 0, deleted: 1 });
    expect(await store.readChildren([child])).toEqual([null]);
  });

  it('keeps a file that still holds a case or consent after its signals are gone, birth date included', async () => {
    clock.set('2026-09-01T09:00:00Z');
    const child = childId(3);
    await signal(PEOPLE.ibKompas, child);
    await store.updateChild(child, (file) => {
      file.consents.push({
        id: 'con_retained',
        childId: child,
        purpose: 'CASE_DISCUSSION',
        organisationId: 'school-kompas',
        recordedByOrganisationId: 'gemeente-demo',
        givings: [{ giver: 'PARENT', givenAt: clock.now().toISOString(), recordedBy: 'regisseur-a' }],
        validUntil: '2040-01-01',
        recordedAt: clock.now().toISOString(),
        withdrawnAt: null,
      });
      return { result: null };
    });
    await runRetention(store, atOffset(7));
    const [file] = await store.readChildren([child]);
    expect(file?.signals).toEqual([]);
    expect(file?.birthDates?.reported).toEqual({ 'school-kompas': '2016-04-01' });
    expect(await store.dueForRetention(atOffset(100))).not.toContain(child);
  });
});
