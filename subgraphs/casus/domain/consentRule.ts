import type { ConsentGiver } from '../records.ts';

/**
 * Who gives consent, by the child's age (the covenant's rule, following AVG art. 8 and UAVG art. 5
 * for the under-16s, and WGBO, BW art. 7:450, for the 12-to-15 band):
 * - under 12: a parent or guardian (one holder of parental authority suffices);
 * - 12 to 15: both the child and a parent or guardian; valid only once both are recorded;
 * - from 16: the young person alone.
 */
export type AgeBand = 'UNDER_12' | 'TWELVE_TO_FIFTEEN' | 'SIXTEEN_AND_OVER';

/** Age in whole years on a date (birthdays counted on the calendar, UTC). */
export function ageOn(birthDate: string, on: Date): number {
  const born = new Date(`${birthDate}T00:00:00Z`);
  let age = on.getUTCFullYear() - born.getUTCFullYear();
  const birthdayPassed =
    on.getUTCMonth() > born.getUTCMonth() || (on.getUTCMonth() === born.getUTCMonth() && on.getUTCDate() >= born.getUTCDate());
  if (!birthdayPassed) age--;
  return age;
}

export function ageBand(age: number): AgeBand {
  if (age < 12) return 'UNDER_12';
  if (age < 16) return 'TWELVE_TO_FIFTEEN';
  return 'SIXTEEN_AND_OVER';
}

const isParent = (giver: ConsentGiver) => giver === 'PARENT' || giver === 'GUARDIAN';

/** Whether this giver may give (their part of) consent for a child of this age. */
export function mayGive(age: number, giver: ConsentGiver): boolean {
  switch (ageBand(age)) {
    case 'UNDER_12':
      return isParent(giver);
    case 'TWELVE_TO_FIFTEEN':
      return true;
    case 'SIXTEEN_AND_OVER':
      return giver === 'CHILD';
  }
}

/** Whether the recorded givers together make a valid consent for a child of this age. */
export function consentComplete(age: number, givers: readonly ConsentGiver[]): boolean {
  const parent = givers.some(isParent);
  const child = givers.includes('CHILD');
  switch (ageBand(age)) {
    case 'UNDER_12':
      return parent;
    case 'TWELVE_TO_FIFTEEN':
      return parent && child;
    case 'SIXTEEN_AND_OVER':
      return child;
  }
}

/** Who must give consent at this age, in words for an error message. */
export function entitledGivers(age: number): string {
  switch (ageBand(age)) {
    case 'UNDER_12':
      return 'under 12, a parent or guardian gives consent';
    case 'TWELVE_TO_FIFTEEN':
      return 'from 12 to 15, both the child and a parent or guardian give consent';
    case 'SIXTEEN_AND_OVER':
      return 'from 16, the young person alone gives consent';
  }
}
