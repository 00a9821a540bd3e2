import { describe, expect, it } from 'vitest';
import { addMonths, monthOf, trendBounds, trendMonths } from './domain/trendPeriod.ts';

const NOW = new Date('2026-09-15T12:00:00Z');

describe('the months of a trend series', () => {
  it('takes the month of a moment in Dutch time, summer and winter', () => {
    expect(monthOf('2026-08-31T21:59:59Z')).toBe('2026-08');
    expect(monthOf('2026-08-31T22:00:00Z')).toBe('2026-09'); // CEST, UTC+2
    expect(monthOf('2026-12-31T22:59:59Z')).toBe('2026-12');
    expect(monthOf('2026-12-31T23:00:00Z')).toBe('2027-01'); // CET, UTC+1
  });

  it('counts months across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 14)).toBe('2027-02');
  });

  it('ends at the last complete month and starts no earlier than signals are kept', () => {
    expect(trendBounds(NOW)).toEqual({ latest: '2026-08', earliest: '2021-10' });
    expect(trendMonths({}, NOW)).toHaveLength(12);
    expect(trendMonths({ to: '2026-02' }, NOW).at(0)).toBe('2025-03');
    expect(trendMonths({ from: '2025-11', to: '2026-02' }, NOW)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    // A default start before the horizon is moved up to it rather than refused.
    expect(trendMonths({ to: '2022-03' }, NOW).at(0)).toBe('2021-10');
  });

  it('refuses malformed months, the current month, months past the horizon and reversed ranges', () => {
    for (const period of [{ from: '2026-13' }, { to: '26-01' }, { to: '2026-09' }, { from: '2021-09' }, { from: '2026-03', to: '2026-02' }]) {
      expect(() => trendMonths(period, NOW), JSON.stringify(period)).toThrow();
    }
  });
});
