import { describe, expect, it } from 'vitest';
import { MIN_RELEASED_COUNT, releaseCount } from './domain/smallCounts.ts';

describe('small-count suppression (AVG art. 89, CBS small-cell rule)', () => {
  it('shows 0, suppresses 1 to 4 as null with suppressed, and shows 5 and more', () => {
    expect(releaseCount(0)).toEqual({ value: 0, suppressed: false });
    for (const count of [1, 2, 3, 4]) expect(releaseCount(count)).toEqual({ value: null, suppressed: true });
    expect(MIN_RELEASED_COUNT).toBe(5);
    expect(releaseCount(5)).toEqual({ value: 5, suppressed: false });
    expect(releaseCount(1234)).toEqual({ value: 1234, suppressed: false });
  });

  it('refuses what is not a count, rather than release it', () => {
    for (const wrong of [-1, 2.5, Number.NaN]) expect(() => releaseCount(wrong)).toThrow(/whole number/);
  });
});
