import { describe, expect, it } from 'vitest';
import { PROCESSING_REGISTER, ProcessingRegister, type ProcessingActivity } from '../../schema/processingRegister.ts';
import { PURPOSES } from '../../schema/vocabulary.ts';

describe('the register of processing activities (AVG art. 30)', () => {
  const register = new ProcessingRegister();

  it('has an activity for every purpose, each citing a legal basis and keeping records a set number of days', () => {
    for (const purpose of PURPOSES) {
      const activity = register.activityFor(purpose);
      expect(activity.purpose).toBe(purpose);
      expect(activity.legalBasis).toMatch(/art\.|hoofdstuk/);
      expect(activity.retentionDays).toBeGreaterThan(0);
      expect(activity.controllerNote).not.toBe('');
    }
  });

  it('refuses a register that reuses an id, misses a purpose or keeps no retention period', () => {
    const first = PROCESSING_REGISTER[0]!;
    expect(() => new ProcessingRegister([...PROCESSING_REGISTER, { ...first }])).toThrow(/used twice/);
    expect(() => new ProcessingRegister(PROCESSING_REGISTER.filter((a) => a.purpose !== 'WARM_HANDOVER'))).toThrow(/no activity for purpose WARM_HANDOVER/);
    const forever: ProcessingActivity = { ...first, id: 'kg-va-forever', retentionDays: 0 };
    expect(() => new ProcessingRegister([...PROCESSING_REGISTER, forever])).toThrow(/retention period/);
  });
});
