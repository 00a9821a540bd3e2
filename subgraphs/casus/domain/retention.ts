import type { ChildFile, SignalRecord } from '../records.ts';
import type { CasusStore } from '../store/casusStore.ts';

/**
 * Retention of signals, as the Verwijsindex does it: a signal stays open for two years, is then
 * archived for five, and is then deleted. A withdrawn signal goes straight to the archive period.
 */
export const OPEN_YEARS = 2;
export const ARCHIVE_YEARS = 5;

const addYears = (iso: string, years: number): Date => {
  const date = new Date(iso);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date;
};

/** When an open signal stops being open. */
export const openUntil = (signal: SignalRecord): Date => addYears(signal.registeredAt, OPEN_YEARS);

/** Open at `now`: not withdrawn nor archived, and within its two years even before the job ran. */
export const isOpen = (signal: SignalRecord, now: Date): boolean => signal.status === 'OPEN' && now < openUntil(signal);

const nextStep = (signal: SignalRecord): Date =>
  signal.status === 'OPEN' ? openUntil(signal) : addYears(signal.closedAt ?? signal.registeredAt, ARCHIVE_YEARS);

/** When the next retention step of this file is due (ms since epoch), or null when it holds no signal. */
export function nextRetentionDue(file: ChildFile): number | null {
  const steps = file.signals.map((signal) => nextStep(signal).getTime());
  return steps.length > 0 ? Math.min(...steps) : null;
}

/** Archives signals past their open period and deletes those past their archive period. */
export function applyRetention(file: ChildFile, now: Date): { archived: number; deleted: number } {
  let archived = 0;
  for (const signal of file.signals) {
    if (signal.status === 'OPEN' && openUntil(signal) <= now) {
      signal.status = 'ARCHIVED';
      // The step's own date, not the job's: a late job must not lengthen the archive period.
      signal.closedAt = openUntil(signal).toISOString();
      archived++;
    }
  }
  const before = file.signals.length;
  file.signals = file.signals.filter((signal) => signal.status === 'OPEN' || nextStep(signal) > now);
  return { archived, deleted: before - file.signals.length };
}

/** One run of the retention job over every child that has a step due; returns what it did. */
export async function runRetention(store: CasusStore, now: Date): Promise<{ archived: number; deleted: number }> {
  const totals = { archived: 0, deleted: 0 };
  for (const childId of await store.dueForRetention(now)) {
    const done = await store.updateChild(childId, (file) => ({ result: applyRetention(file, now) }));
    totals.archived += done.archived;
    totals.deleted += done.deleted;
  }
  return totals;
}

/** Runs retention at start and then every `intervalMs` with the given clock, until stopped. */
export function startRetentionJob(store: CasusStore, now: () => Date, intervalMs: number): () => void {
  const run = () => {
    runRetention(store, now()).catch((error: unknown) => console.error('[casus] retention run failed:', error));
  };
  // At start too: a process restarted more often than the interval must still delete on time.
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
