import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { escalate, parentsConsent } from './test/caseFixture.ts';
import { PEOPLE, childId, dataOf, refusalOf, startCasusTestbed, type CasusTestbed, type Person } from './test/casusTestbed.ts';
import { CHANGE_PHASE, CLOSE_CASE, OPEN_CASE, PREPARE_HANDOVER, REGISTER_SIGNAL, TREND_FIGURES, WITHDRAW_CONSENT, WITHDRAW_SIGNAL } from './test/operations.ts';
import { describeEachStore } from './test/storeVariants.ts';
import { TestClock } from './test/testClock.ts';

const shown = (value: number) => ({ value, suppressed: false });
const hidden = { value: null, suppressed: true };
const COUNTERS = ['signalsRegistered', 'signalsWithdrawn', 'casesOpened', 'casesClosed', 'escalations', 'deescalations', 'consentsGiven', 'consentsWithdrawn', 'handoversPrepared'];
/** A month in which nothing happened: every counter 0, shown. */
const quiet = (month: string) => ({ month, ...Object.fromEntries(COUNTERS.map((name) => [name, shown(0)])) });
const domains = (counts: Record<string, unknown>) =>
  ['EDUCATION', 'HEALTH', 'SAFETY', 'FAMILY', 'DEVELOPMENT', 'OTHER', null].map((domain) => ({ domain, count: counts[String(domain)] ?? shown(0) }));
const phases = (counts: Record<number, unknown>) => [1, 2, 3, 4].map((phase) => ({ phase, count: counts[phase] ?? shown(0) }));

describeEachStore('trend figures for policy', (kind) => {
  let bed: CasusTestbed;
  const clock = new TestClock();
  beforeAll(async () => {
    bed = await startCasusTestbed(await kind.open(), clock);
  });
  afterAll(() => bed?.close());
  const figures = async (period: { from?: string; to?: string } = {}, as: Person = PEOPLE.analyst) =>
    dataOf(await bed.as(as, 'TREND_MONITORING')(TREND_FIGURES, period)).trendFigures;
  const signal = async (person: Person, n: number, domain: string | null = null) =>
    dataOf(await bed.as(person, 'SIGNALLING')(REGISTER_SIGNAL, { input: { childId: childId(n), childBirthDate: '2017-01-15', contactName: person.name, domain } }))
      .registerSignal.id as string;
  const director = (query: string, variables: Record<string, unknown>) => bed.as(PEOPLE.director, 'CASE_DISCUSSION')(query, variables).then(dataOf);

  it('shows 0 as 0 where nothing is kept, the last twelve complete months by default', async () => {
    clock.set('2026-09-01T09:00:00Z');
    const empty = await figures();
    expect(empty.openSignalsByDomain).toEqual(domains({}));
    expect(empty.openCasesByPhase).toEqual(phases({}));
    expect([empty.childrenWithOpenSignal, empty.openMatches, empty.consentsInForce]).toEqual([shown(0), shown(0), shown(0)]);
    expect(empty.months.map((m: { month: string }) => m.month)).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08']);
    expect(empty.months[0]).toEqual(quiet('2025-09'));
  });

  describe('over a known set of signals, cases and consents', () => {
    beforeAll(async () => {
      clock.set('2026-03-10T10:00:00Z');
      for (let n = 1; n <= 8; n++) {
        await signal(PEOPLE.ibEsdoorn, n, 'EDUCATION');
        await signal(PEOPLE.jgz, n, 'HEALTH');
      }
      await signal(PEOPLE.ibKompas, 10);
      clock.set('2026-04-14T10:00:00Z');
      const cases: string[] = [];
      for (let n = 1; n <= 8; n++) cases.push((await director(OPEN_CASE, { input: { childId: childId(n), caseDirectorName: 'Regisseur A' } })).openCase.id);
      clock.set('2026-05-20T10:00:00Z');
      for (const caseId of cases.slice(0, 2)) await escalate(bed, caseId, 3);
      await director(CLOSE_CASE, { input: { caseId: cases[7], reason: 'Doelen bereikt' } });
      clock.set('2026-06-03T10:00:00Z');
      const police = await signal(PEOPLE.police, 9, 'SAFETY');
      dataOf(await bed.as(PEOPLE.police, 'SIGNALLING')(WITHDRAW_SIGNAL, { id: police }));
      const consents = [];
      for (let n = 1; n <= 6; n++) consents.push(await parentsConsent(bed, childId(n), PEOPLE.ibEsdoorn, 'CASE_DISCUSSION', '2030-12-31', '2017-01-15'));
      clock.set('2026-07-07T10:00:00Z');
      await director(WITHDRAW_CONSENT, { id: consents[5].id });
      await director(CHANGE_PHASE, { input: { caseId: cases[1], phase: 2, reason: 'Gestabiliseerd' } });
      clock.set('2026-08-12T10:00:00Z');
      for (let n = 12; n <= 16; n++) {
        const input = { childId: childId(n), childBirthDate: '2022-05-01', toSchoolId: 'school-esdoorn', development: 'Speelt graag', vveProgramme: 'Piramide', vveDurationMonths: 18, pointsOfAttention: [] };
        dataOf(await bed.as(PEOPLE.pm, 'WARM_HANDOVER')(PREPARE_HANDOVER, { input }));
      }
      // 00:30 on 1 September in Dutch time: a September event, not an August one.
      clock.set('2026-08-31T22:30:00Z');
      await signal(PEOPLE.ibKompas, 11, 'FAMILY');
      clock.set('2026-09-01T09:00:00Z');
    });

    it('counts open signals, matches, cases by AVE phase and consents now, with 1 to 4 suppressed', async () => {
      const now = await figures({ from: '2026-03', to: '2026-08' });
      expect(now.countedAt).toBe('2026-09-01T09:00:00.000Z');
      expect(now.openSignalsByDomain).toEqual(domains({ EDUCATION: shown(8), HEALTH: shown(8), FAMILY: hidden, null: hidden }));
      expect(now.childrenWithOpenSignal).toEqual(shown(10));
      expect(now.openMatches).toEqual(shown(8));
      expect(now.openCasesByPhase).toEqual(phases({ 2: shown(6), 3: hidden }));
      expect(now.consentsInForce).toEqual(shown(5));
    });

    it('counts each event in the calendar month it happened, Dutch time, with 1 to 4 suppressed', async () => {
      const { months } = await figures({ from: '2026-03', to: '2026-08' });
      expect(months).toEqual([
        { ...quiet('2026-03'), signalsRegistered: shown(17) },
        { ...quiet('2026-04'), casesOpened: shown(8) },
        { ...quiet('2026-05'), escalations: hidden, casesClosed: hidden },
        { ...quiet('2026-06'), signalsRegistered: hidden, signalsWithdrawn: hidden, consentsGiven: shown(6) },
        { ...quiet('2026-07'), consentsWithdrawn: hidden, deescalations: hidden },
        { ...quiet('2026-08'), handoversPrepared: shown(5) },
      ]);
    });

    it('names no child, signal, case, consent, handover or professional anywhere in the answer', async () => {
      const answer = JSON.stringify(await bed.as(PEOPLE.director, 'TREND_MONITORING')(TREND_FIGURES, { from: '2026-03', to: '2026-08' }));
      expect(answer).not.toMatch(/ch_[A-Za-z0-9_-]{27}|sig_|case_|con_|ho_|2017-01-15|2022-05-01|Piramide/);
      for (const person of Object.values(PEOPLE)) expect(answer).not.toContain(person.professional);
    });
  });

  it('refuses a malformed month, the current month, months before the retention horizon and a reversed range', async () => {
    clock.set('2026-09-01T09:00:00Z');
    const refused = (period: Record<string, string>) => bed.as(PEOPLE.analyst, 'TREND_MONITORING')(TREND_FIGURES, period).then(refusalOf);
    const invalid = { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' };
    expect(await refused({ from: '2026-9' })).toEqual(invalid);
    expect(await refused({ to: '2026-09' })).toEqual(invalid);
    expect(await refused({ from: '2021-09', to: '2021-12' })).toEqual(invalid);
    expect(await refused({ from: '2026-05', to: '2026-04' })).toEqual(invalid);
    expect((await figures({ from: '2021-10', to: '2021-10' })).months).toEqual([quiet('2021-10')]);
  });

  it('releases the figures only for TREND_MONITORING, to policy analysts and case directors', async () => {
    expect((await figures({}, PEOPLE.director)).openMatches).toBeDefined();
    for (const [person, purpose] of [[PEOPLE.director, 'CASE_DISCUSSION'], [PEOPLE.leerplicht, 'TREND_MONITORING'], [PEOPLE.ibEsdoorn, 'TREND_MONITORING']] as const) {
      const answer = await bed.as(person, purpose)(TREND_FIGURES);
      expect(answer.body.data.trendFigures, `${person.role} ${purpose}`).toBeNull();
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
    }
  });
});
