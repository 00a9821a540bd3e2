import type { ChildFile, SignalDomain } from '../records.ts';
import { openCaseOf } from './caseAccess.ts';
import { consentStatus } from './consent.ts';
import { isOpen } from './retention.ts';
import { matchFor } from './signals.ts';
import { monthOf } from './trendPeriod.ts';

/**
 * The raw counts behind the trend figures, added up one child's file at a time so a pass over
 * the store holds one batch of files at most. Raw counts never leave the subgraph: they go out
 * only through `releaseCount` (smallCounts.ts).
 */

const DOMAINS: Record<SignalDomain, true> = { EDUCATION: true, HEALTH: true, SAFETY: true, FAMILY: true, DEVELOPMENT: true, OTHER: true };
/** Every signal domain, and null for signals registered without one. */
export const DOMAIN_ROWS: readonly (SignalDomain | null)[] = [...(Object.keys(DOMAINS) as SignalDomain[]), null];
/** The AVE phases a case can be in (phase 1 after de-escalation). */
export const AVE_PHASES = [1, 2, 3, 4] as const;

/** What happened in one calendar month, by the month of each event's own timestamp. */
export interface MonthTally {
  signalsRegistered: number;
  signalsWithdrawn: number;
  casesOpened: number;
  casesClosed: number;
  escalations: number;
  deescalations: number;
  consentsGiven: number;
  consentsWithdrawn: number;
  handoversPrepared: number;
}

export interface TrendTally {
  /** Open signals at the time of counting, by domain (null: none given). */
  openSignalsByDomain: Map<SignalDomain | null, number>;
  childrenWithOpenSignal: number;
  /** Children with open signals of two or more organisations. */
  openMatches: number;
  openCasesByPhase: Map<number, number>;
  consentsInForce: number;
  /** Only the months asked for; events in other months are not counted. */
  months: Map<string, MonthTally>;
}

const emptyMonth = (): MonthTally => ({
  signalsRegistered: 0,
  signalsWithdrawn: 0,
  casesOpened: 0,
  casesClosed: 0,
  escalations: 0,
  deescalations: 0,
  consentsGiven: 0,
  consentsWithdrawn: 0,
  handoversPrepared: 0,
});

export const emptyTally = (months: readonly string[]): TrendTally => ({
  openSignalsByDomain: new Map(DOMAIN_ROWS.map((domain) => [domain, 0])),
  childrenWithOpenSignal: 0,
  openMatches: 0,
  openCasesByPhase: new Map(AVE_PHASES.map((phase) => [phase, 0])),
  consentsInForce: 0,
  months: new Map(months.map((month) => [month, emptyMonth()])),
});

const increment = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** Adds one child's file to the tally: its state at `now`, and its events in the tallied months. */
export function tallyFile(tally: TrendTally, file: ChildFile, now: Date): void {
  const event = (at: string | null, counter: keyof MonthTally) => {
    const month = at === null ? undefined : tally.months.get(monthOf(at));
    if (month) month[counter]++;
  };
  const open = file.signals.filter((signal) => isOpen(signal, now));
  for (const signal of open) increment(tally.openSignalsByDomain, signal.domain);
  if (open.length > 0) tally.childrenWithOpenSignal++;
  if (matchFor(file, null, now)) tally.openMatches++;
  const openCase = openCaseOf(file);
  if (openCase) increment(tally.openCasesByPhase, openCase.phase);
  tally.consentsInForce += file.consents.filter((consent) => consentStatus(consent, file, now) === 'VALID').length;

  for (const signal of file.signals) {
    event(signal.registeredAt, 'signalsRegistered');
    if (signal.status === 'WITHDRAWN') event(signal.closedAt, 'signalsWithdrawn');
  }
  for (const record of file.cases) {
    event(record.openedAt, 'casesOpened');
    event(record.closedAt, 'casesClosed');
    for (const change of record.phaseHistory) {
      // The opening entry (from: null) is the case being opened, not a step between phases.
      if (change.from !== null) event(change.changedAt, change.to > change.from ? 'escalations' : 'deescalations');
    }
  }
  for (const consent of file.consents) {
    event(consent.recordedAt, 'consentsGiven');
    event(consent.withdrawnAt, 'consentsWithdrawn');
  }
  for (const handover of file.handovers) event(handover.preparedAt, 'handoversPrepared');
}
