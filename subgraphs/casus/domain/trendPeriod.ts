import { refuse } from '../casusErrors.ts';
import { ARCHIVE_YEARS } from './retention.ts';

/**
 * The months a trend series covers. Figures per event are counted per calendar month, in Dutch
 * time (Europe/Amsterdam) as a municipality counts them, and only for complete months:
 *
 * - One fixed grid of months and no totals over a range: two overlapping ranges could otherwise be
 *   subtracted to reveal a month (or a day) whose own count is suppressed.
 * - No current month: its counts would change from day to day, and comparing two days would show
 *   single events.
 * - Back at most as far as signals are kept: older months would silently miss deleted signals.
 */

const AMSTERDAM = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' });
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The calendar month (`YYYY-MM`) of a moment, in Dutch time. */
export function monthOf(at: Date | string): string {
  const parts = AMSTERDAM.formatToParts(new Date(at));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}

const indexOf = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthAt = (index: number) => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The month `count` months after `month` (before, when negative). */
export const addMonths = (month: string, count: number) => monthAt(indexOf(month) + count);

/** Default length of a series when `from` is not given: one year. */
export const DEFAULT_MONTHS = 12;

/** The last complete month and the earliest month whose signals are all still kept, at `now`. */
export function trendBounds(now: Date): { latest: string; earliest: string } {
  const archiveStart = new Date(now);
  archiveStart.setUTCFullYear(archiveStart.getUTCFullYear() - ARCHIVE_YEARS);
  // The month after: a signal withdrawn at once is deleted ARCHIVE_YEARS later, so the month
  // containing `now - ARCHIVE_YEARS` may already have lost some.
  return { latest: addMonths(monthOf(now), -1), earliest: addMonths(monthOf(archiveStart), 1) };
}

/**
 * The months from `from` to `to` inclusive (`YYYY-MM`). Defaults: `to` the last complete month,
 * `from` so that the series is a year long. Refuses malformed or out-of-range months.
 */
export function trendMonths(period: { from?: string | null; to?: string | null }, now: Date): string[] {
  const { latest, earliest } = trendBounds(now);
  for (const [name, value] of Object.entries(period)) {
    if (value !== null && value !== undefined && !MONTH.test(value)) throw refuse('INVALID_INPUT', `${name} must be a month as YYYY-MM.`);
  }
  const to = period.to ?? latest;
  const from = period.from ?? (addMonths(to, 1 - DEFAULT_MONTHS) < earliest ? earliest : addMonths(to, 1 - DEFAULT_MONTHS));
  if (to > latest) throw refuse('INVALID_INPUT', `to must be a complete month: ${latest} or earlier.`);
  if (from < earliest) throw refuse('INVALID_INPUT', `from must be ${earliest} or later: older signals may have been deleted (retention).`);
  if (from > to) throw refuse('INVALID_INPUT', 'from must not be after to.');
  return Array.from({ length: indexOf(to) - indexOf(from) + 1 }, (_, i) => addMonths(from, i));
}
