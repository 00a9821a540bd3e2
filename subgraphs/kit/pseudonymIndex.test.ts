import { afterEach, describe, expect, it, vi } from 'vitest';
import { pseudonymFor } from './pseudonym.ts';
import { PseudonymIndex, type PartnerIdentity } from './pseudonymIndex.ts';

// Regression: at 1,000,000 children a partner that was slow at start-up made the first identity
// load time out, and the adapter (and with it the hub) exited instead of asking again.
const KEY = 'test-key';
const identity: PartnerIdentity = { localId: 'L1', bsn: '123456782', holderOrganisationId: 'school-esdoorn' };
afterEach(() => vi.useRealTimers());

describe('the pseudonym index at start-up', () => {
  it('asks a partner that failed again, and starts once it answers', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const index = new PseudonymIndex({
      key: KEY,
      fetchIdentities: async () => {
        if (++calls <= 2) throw new Error('did not answer within 5000 ms');
        return [identity];
      },
    });
    const started = index.start();
    await vi.advanceTimersByTimeAsync(3000);
    await started;
    expect(calls).toBe(3);
    expect(await index.lookup(pseudonymFor(identity.bsn, KEY))).toEqual({ localId: 'L1', holderOrganisationId: 'school-esdoorn' });
    index.close();
  });

  it('gives up after five tries, with the partner’s own error', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const index = new PseudonymIndex({ key: KEY, fetchIdentities: async () => Promise.reject(new Error(`down ${++calls}`)) });
    const started = index.start().catch((error: Error) => error);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await started).toMatchObject({ message: 'down 5' });
  });
});
