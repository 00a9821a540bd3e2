import type { SignalDomain } from '../records.ts';
import type { CasusStore } from '../store/casusStore.ts';
import { releaseCount, type ReleasedCount } from './smallCounts.ts';
import { trendMonths } from './trendPeriod.ts';
import { AVE_PHASES, DOMAIN_ROWS, emptyTally, tallyFile, type MonthTally, type TrendTally } from './trendTally.ts';

/** Files per store round trip while counting: large enough to keep round trips few, small enough to hold. */
export const TREND_SCAN_BATCH = 500;

export type MonthFigures = { month: string } & { [K in keyof MonthTally]: ReleasedCount };

/** Trend figures as they leave the hub: every count released through `releaseCount`, none per child. */
export interface TrendFiguresView {
  countedAt: string;
  openSignalsByDomain: { domain: SignalDomain | null; count: ReleasedCount }[];
  childrenWithOpenSignal: ReleasedCount;
  openMatches: ReleasedCount;
  openCasesByPhase: { phase: number; count: ReleasedCount }[];
  consentsInForce: ReleasedCount;
  months: MonthFigures[];
}

function releaseMonth(month: string, tally: MonthTally): MonthFigures {
  const released = Object.fromEntries(Object.entries(tally).map(([name, count]) => [name, releaseCount(count)]));
  return { month, ...(released as { [K in keyof MonthTally]: ReleasedCount }) };
}

/**
 * Releases a tally. Deliberately no totals: a total beside its breakdown (open cases beside open
 * cases by phase, a year beside its months) would give away a suppressed cell by subtraction.
 */
function release(tally: TrendTally, now: Date): TrendFiguresView {
  return {
    countedAt: now.toISOString(),
    openSignalsByDomain: DOMAIN_ROWS.map((domain) => ({ domain, count: releaseCount(tally.openSignalsByDomain.get(domain) ?? 0) })),
    childrenWithOpenSignal: releaseCount(tally.childrenWithOpenSignal),
    openMatches: releaseCount(tally.openMatches),
    openCasesByPhase: AVE_PHASES.map((phase) => ({ phase, count: releaseCount(tally.openCasesByPhase.get(phase) ?? 0) })),
    consentsInForce: releaseCount(tally.consentsInForce),
    months: [...tally.months].map(([month, counts]) => releaseMonth(month, counts)),
  };
}

/**
 * Counts the whole covenant's work process from the hub's own store, in one batched pass, and
 * releases the counts with small counts suppressed. The period is checked before anything is read.
 */
export async function trendFigures(store: CasusStore, now: Date, period: { from?: string | null; to?: string | null }): Promise<TrendFiguresView> {
  const tally = emptyTally(trendMonths(period, now));
  for await (const files of store.scanChildren(TREND_SCAN_BATCH)) {
    for (const file of files) tallyFile(tally, file, now);
  }
  return release(tally, now);
}
