/**
 * Synthetic citizen service numbers (BSN). Valid by the 11-test so partner systems accept them,
 * but drawn from a block starting with 9 by a formula, so they are recognisably generated.
 */
const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1];

/** The 11-test (elfproef) that every BSN passes. */
export function isValidBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(bsn[i]), 0);
  return sum % 11 === 0;
}

/** The synthetic BSN of child `index` (unique for indexes below 9,000,000). */
export function syntheticBsn(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= 9_000_000) throw new Error('child index out of range');
  const prefix = `${9 - Math.floor(index / 1_000_000)}${String(index % 1_000_000).padStart(6, '0')}`;
  const partial = [...prefix].reduce((total, digit, i) => total + (WEIGHTS[i] as number) * Number(digit), 0);
  // Choose the 8th digit so that the check digit is 0..9; one of ten always fits.
  for (let d8 = 0; d8 <= 9; d8++) {
    const check = (partial + 2 * d8) % 11;
    if (check <= 9) return `${prefix}${d8}${check}`;
  }
  throw new Error('unreachable: no check digit fits');
}
