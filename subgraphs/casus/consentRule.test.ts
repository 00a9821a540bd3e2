import { describe, expect, it } from 'vitest';
import { ageOn, consentComplete, mayGive } from './domain/consentRule.ts';
import type { ConsentGiver } from './records.ts';

// The covenant's age rule: under 12 the parents; 12 to 15 both child and parents; from 16 the young person.
const MATRIX: { age: number; may: ConsentGiver[]; complete: ConsentGiver[][]; incomplete: ConsentGiver[][] }[] = [
  { age: 0, may: ['PARENT', 'GUARDIAN'], complete: [['PARENT'], ['GUARDIAN']], incomplete: [[]] },
  { age: 4, may: ['PARENT', 'GUARDIAN'], complete: [['PARENT'], ['GUARDIAN']], incomplete: [[]] },
  { age: 11, may: ['PARENT', 'GUARDIAN'], complete: [['PARENT'], ['GUARDIAN'], ['PARENT', 'GUARDIAN']], incomplete: [[]] },
  { age: 12, may: ['PARENT', 'GUARDIAN', 'CHILD'], complete: [['PARENT', 'CHILD'], ['CHILD', 'GUARDIAN']], incomplete: [['PARENT'], ['CHILD'], ['PARENT', 'GUARDIAN']] },
  { age: 15, may: ['PARENT', 'GUARDIAN', 'CHILD'], complete: [['CHILD', 'PARENT']], incomplete: [['GUARDIAN'], ['CHILD']] },
  { age: 16, may: ['CHILD'], complete: [['CHILD'], ['CHILD', 'PARENT']], incomplete: [['PARENT'], ['GUARDIAN'], ['PARENT', 'GUARDIAN']] },
  { age: 19, may: ['CHILD'], complete: [['CHILD']], incomplete: [['PARENT']] },
];
const GIVERS: ConsentGiver[] = ['PARENT', 'GUARDIAN', 'CHILD'];

describe('the consent age rule', () => {
  it.each(MATRIX)('at age $age: who may give consent, and which givers together make it valid', ({ age, may, complete, incomplete }) => {
    expect(GIVERS.filter((giver) => mayGive(age, giver))).toEqual(GIVERS.filter((giver) => may.includes(giver)));
    for (const givers of complete) expect(consentComplete(age, givers)).toBe(true);
    for (const givers of incomplete) expect(consentComplete(age, givers)).toBe(false);
  });

  it('counts age in whole years, changing on the birthday itself', () => {
    expect(ageOn('2014-09-01', new Date('2026-08-31T23:59:59Z'))).toBe(11);
    expect(ageOn('2014-09-01', new Date('2026-09-01T00:00:00Z'))).toBe(12);
    expect(ageOn('2010-02-28', new Date('2026-02-27T12:00:00Z'))).toBe(15);
    expect(ageOn('2010-02-28', new Date('2026-02-28T12:00:00Z'))).toBe(16);
    // Born on 29 February: the birthday counts from 1 March in a common year.
    expect(ageOn('2012-02-29', new Date('2024-02-28T12:00:00Z'))).toBe(11);
    expect(ageOn('2012-02-29', new Date('2024-02-29T12:00:00Z'))).toBe(12);
    expect(ageOn('2012-02-29', new Date('2025-02-28T12:00:00Z'))).toBe(12);
  });
});
