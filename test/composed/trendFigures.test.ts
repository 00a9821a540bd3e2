import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerSignal } from '../harness/casusSetup.ts';
import { demoChildren } from '../harness/demoChildren.ts';
import { startTestHub, TEST_POPULATION, type TestHub } from '../harness/testHub.ts';

// Trend figures through the gateway: a municipality's policy analyst gets counts for
// TREND_MONITORING, small counts suppressed and no child named; another purpose or role gets
// nothing, refused at the gateway before the casus subgraph is asked.
let hub: TestHub;
// Five pupils of De Esdoorn whom the JGZ knows too: both may signal them (involvement is verified).
const children = demoChildren(TEST_POPULATION)
  .filter((c) => c.school === 'school-esdoorn' && c.jgzClient)
  .slice(0, 5);

const QUERY = /* GraphQL */ `
  {
    trendFigures {
      openSignalsByDomain { domain count { value suppressed } }
      childrenWithOpenSignal { value suppressed }
      openMatches { value suppressed }
      openCasesByPhase { phase count { value suppressed } }
      months { month casesOpened { value suppressed } }
    }
  }
`;
const ANALYST = { role: 'POLICY_ANALYST', org: 'gemeente-demo', purpose: 'TREND_MONITORING' } as const;

beforeAll(async () => {
  hub = await startTestHub();
  for (const child of children) await registerSignal(hub, child, { org: 'school-esdoorn', role: 'SCHOOL_CARE_COORDINATOR' });
  for (const child of children.slice(0, 2)) await registerSignal(hub, child, { org: 'ggd-regio', role: 'JGZ_PROFESSIONAL' });
}, 60_000);
afterAll(async () => {
  await hub?.close();
});

describe('trend figures through the gateway', () => {
  it('gives a policy analyst of the municipality the counts for TREND_MONITORING, 1 to 4 suppressed', async () => {
    const { body } = await hub.query(ANALYST, QUERY);
    expect(body.errors).toBeUndefined();
    const figures = body.data.trendFigures;
    // Seven open signals without a domain (five of the school, two of the GGD), on five children.
    expect(figures.openSignalsByDomain.find((row: { domain: string | null }) => row.domain === null).count).toEqual({ value: 7, suppressed: false });
    expect(figures.openSignalsByDomain.find((row: { domain: string | null }) => row.domain === 'EDUCATION').count).toEqual({ value: 0, suppressed: false });
    expect(figures.childrenWithOpenSignal).toEqual({ value: 5, suppressed: false });
    expect(figures.openMatches).toEqual({ value: null, suppressed: true });
    expect(figures.openCasesByPhase).toHaveLength(4);
    // The current month is not in the series (complete months only), so the series is all quiet.
    expect(figures.months).toHaveLength(12);
    const answer = JSON.stringify(body);
    for (const child of children) expect(answer).not.toContain(child.id);
    expect(answer).not.toMatch(/ch_[A-Za-z0-9_-]{27}|sig_/);
    for (const child of children) expect(answer).not.toContain(child.birthDate);
  });

  it('withholds the figures from the same analyst for CASE_DISCUSSION, and from a school care coordinator', async () => {
    for (const as of [{ ...ANALYST, purpose: 'CASE_DISCUSSION' }, { role: 'SCHOOL_CARE_COORDINATOR', org: 'school-esdoorn', purpose: 'TREND_MONITORING' }] as const) {
      const { body } = await hub.query(as, QUERY);
      expect(body.data?.trendFigures ?? null, `${as.role} ${as.purpose}`).toBeNull();
      const error = body.errors?.find((e: { path?: (string | number)[] }) => e.path?.join('.') === 'trendFigures');
      expect(error?.extensions?.code, `${as.role} ${as.purpose}`).toBe('FORBIDDEN_FIELD');
      expect(error?.extensions?.serviceName, 'refused at the gateway, not sent to casus').toBeUndefined();
    }
  });
});
