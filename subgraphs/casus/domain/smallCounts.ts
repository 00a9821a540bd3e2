/**
 * Small-count suppression for trend figures (beleidsinformatie). A count of 1 to 4 children,
 * signals or cases is withheld, so that nobody who knows a family can recognise it in a figure:
 *
 * - AVG art. 89 lid 1: processing for statistical purposes needs safeguards that ensure data
 *   minimisation; a count that points at one or a few children is not minimal.
 * - CBS small-cell rule (statistische beveiliging, celbeveiliging): cells below a minimum
 *   frequency are not published; the covenant sets that minimum at 5.
 * - Jeugdwet art. 7.4.4: beleidsinformatie is about the youth-care system, never about a child.
 *
 * Zero is released as 0: it points at no child. A suppressed count is `value: null` with
 * `suppressed: true` rather than a "<5" string, so clients read one numeric type.
 */

/** The smallest count released as a number; 1 to MIN_RELEASED_COUNT - 1 are suppressed. */
export const MIN_RELEASED_COUNT = 5;

/** A count as it leaves the hub: the number, or null and `suppressed` for 1 to 4. */
export interface ReleasedCount {
  value: number | null;
  suppressed: boolean;
}

export function releaseCount(count: number): ReleasedCount {
  if (!Number.isInteger(count) || count < 0) throw new Error(`a count must be a whole number of at least 0, got ${count}`);
  return count > 0 && count < MIN_RELEASED_COUNT ? { value: null, suppressed: true } : { value: count, suppressed: false };
}
