import { describe, expect, it } from 'vitest';
import { DEFAULT_OPERATION_LIMITS, OPERATION_LIMIT_ENV, operationLimitsFromEnv } from '../../gateway/limits/operationLimits.ts';

// Each limit can be set by its environment variable (the README's table); a value that is not a
// positive whole number stops the gateway, since a typo must not lift a limit without anyone noticing.
describe('operationLimitsFromEnv', () => {
  it('takes the defaults without variables, and each variable over its default', () => {
    expect(operationLimitsFromEnv({})).toEqual(DEFAULT_OPERATION_LIMITS);
    expect(operationLimitsFromEnv({ KETENGRAAF_MAX_DEPTH: '20', KETENGRAAF_REQUEST_TIMEOUT_MS: '2500' })).toEqual({ ...DEFAULT_OPERATION_LIMITS, maxDepth: 20, timeoutMs: 2500 });
  });

  it('names a variable for every limit', () => {
    expect(Object.keys(OPERATION_LIMIT_ENV).sort()).toEqual(Object.keys(DEFAULT_OPERATION_LIMITS).sort());
  });

  it.each(['0', '-1', '1.5', 'ten', '12abc'])('refuses %j', (value) => {
    expect(() => operationLimitsFromEnv({ KETENGRAAF_MAX_ALIASES: value })).toThrow(/KETENGRAAF_MAX_ALIASES must be a positive whole number/);
  });

  it('refuses a rate window longer than a day, which the limiter could not hold', () => {
    expect(operationLimitsFromEnv({ KETENGRAAF_RATE_WINDOW_SECONDS: '86400' }).rateWindowSeconds).toBe(86_400);
    expect(() => operationLimitsFromEnv({ KETENGRAAF_RATE_WINDOW_SECONDS: '3000000' })).toThrow(/KETENGRAAF_RATE_WINDOW_SECONDS must be at most 86400/);
  });
});
