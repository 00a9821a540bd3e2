import { afterEach, describe, expect, it, vi } from 'vitest';
import { pseudonymFor } from './pseudonym.ts';
import { PseudonymIndex, type PartnerIdentity } from './pseudonymIndex.ts';

const KEY = 'index-test-key';

describe('the pseudonym index', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  // Regression: a pseudonym not found made the index fetch the partner's whole identity list
  // first (100-300 ms at 100,000 children), so the time of a refusal told whether the police or
  // Veilig Thuis knew a child. A miss now answers from memory, like a hit.
  it('answers a miss from memory, without asking the partner', async () => {
    let fetches = 0;
    const identities: PartnerIdentity[] = [{ localId: 'L1', bsn: '111222333', holderOrganisationId: 'school-esdoorn' }];
    const index = new PseudonymIndex({ key: KEY, fetchIdentities: async () => (fetches++, identities) });
    await index.start();
    expect(fetches).toBe(1);
    expect(await index.lookup(pseudonymFor('111222333', KEY))).toEqual({ localId: 'L1', holderOrganisationId: 'school-esdoorn' });
    // Long after the last load (the old code refreshed on a miss 30 s after it), short of the background refresh.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 5 * 60_000);
    for (let i = 0; i < 10; i++) expect(await index.lookup(pseudonymFor(`99988877${i}`, KEY))).toBeNull();
    expect(fetches).toBe(1);
    index.close();
  });

  it('learns new children from its background refresh', async () => {
    const identities: PartnerIdentity[] = [];
    const index = new PseudonymIndex({ key: KEY, fetchIdentities: async () => [...identities], refreshMs: 1000 });
    await index.start();
    const newcomer = pseudonymFor('444555666', KEY);
    expect(await index.lookup(newcomer)).toBeNull();
    identities.push({ localId: 'L2', bsn: '444555666', holderOrganisationId: 'school-kompas' });
    await expect.poll(() => index.lookup(newcomer), { timeout: 5000, interval: 100 }).toEqual({ localId: 'L2', holderOrganisationId: 'school-kompas' });
    index.close();
  });
});

// Regression: at 1,000,000 children a partner that was slow at start-up made the first identity
// load time out, and the adapter (and with it the hub) exited instead of asking again.
const startIdentity: PartnerIdentity = { localId: 'L1', bsn: '123456782', holderOrganisationId: 'school-esdoorn' };

describe('the pseudonym index at start-up', () => {
  it('asks a partner that failed again, and starts once it answers', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const index = new PseudonymIndex({
      key: KEY,
      fetchIdentities: async () => {
        if (++calls <= 2) throw new Error('did not answer within 5000 ms');
        return [startIdentity];
      },
    });
    const started = index.start();
    await vi.advanceTimersByTimeAsync(3000);
    await started;
    expect(calls).toBe(3);
    expect(await index.lookup(pseudonymFor(startIdentity.bsn, KEY))).toEqual({ localId: 'L1', holderOrganisationId: 'school-esdoorn' });
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
