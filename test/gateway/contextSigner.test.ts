import { decodeJwt } from 'jose';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ContextSigner } from '../../gateway/contextSigner.ts';
import { GRANTS_AUDIENCE, generateContextKeys, subgraphAudience, verifyCallerContext, type ContextKeyPair } from '../../schema/callerContext.ts';

// A caller context is signed once per caller and subgraph and reused while young. Reuse must not
// weaken it: each copy still names one subgraph, lives 30 s from its signature, and is only ever
// handed to the caller it names.
let keys: ContextKeyPair;
beforeAll(async () => {
  keys = await generateContextKeys();
});
afterEach(() => vi.useRealTimers());

const director = { professional: 'regisseur-1', organisation: 'gemeente-demo', role: 'CASE_DIRECTOR', purpose: 'CASE_DISCUSSION' } as const;
const police = subgraphAudience('police');

describe('the context signer', () => {
  it('hands the same caller the same context for one subgraph, and signs anew for anything else', async () => {
    const signer = new ContextSigner({ privateKey: keys.privateKey });
    const first = await signer.sign(director, police);
    expect(await signer.sign(director, police)).toBe(first);
    const others = await Promise.all([
      signer.sign({ ...director, professional: 'regisseur-2' }, police),
      signer.sign({ ...director, purpose: 'WARM_HANDOVER' }, police),
      signer.sign({ ...director, organisation: 'gemeente-andere' }, police),
      signer.sign(director, subgraphAudience('school')),
      signer.sign(director, GRANTS_AUDIENCE),
    ]);
    expect(new Set([first, ...others]).size).toBe(6);
    const claims = decodeJwt(first);
    expect(claims).toMatchObject({ sub: 'regisseur-1', org: 'gemeente-demo', role: 'CASE_DIRECTOR', purpose: 'CASE_DISCUSSION', aud: police });
    expect(claims.exp! - claims.iat!).toBe(30);
    expect(claims).not.toHaveProperty('traceparent');
  });

  it('stops handing out a context once it is 15 s old, so a copy in use has at least 15 s left', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const signer = new ContextSigner({ privateKey: keys.privateKey });
    const first = await signer.sign(director, police);
    vi.setSystemTime(Date.now() + 14_900);
    expect(await signer.sign(director, police)).toBe(first);
    vi.setSystemTime(Date.now() + 200);
    const renewed = await signer.sign(director, police);
    expect(renewed).not.toBe(first);
    expect(decodeJwt(renewed).exp! * 1000 - Date.now()).toBeGreaterThan(29_000);
  });

  it('refuses to reuse a context for as long as it lives', () => {
    expect(() => new ContextSigner({ privateKey: keys.privateKey, reuseSeconds: 30 })).toThrow(/less than its 30 s lifetime/);
  });
});

describe('verifying a context at a subgraph', () => {
  it('checks expiry and audience on every use, also when the signature was checked before', async () => {
    const token = await new ContextSigner({ privateKey: keys.privateKey }).sign(director, police);
    const verified = await verifyCallerContext(token, keys.publicKey, [police], '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01');
    expect(verified.caller).toEqual({ ...director, traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' });
    await expect(verifyCallerContext(token, keys.publicKey, [subgraphAudience('school')])).rejects.toThrow();
    await expect(verifyCallerContext(token, (await generateContextKeys()).publicKey, [police])).rejects.toThrow();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 31_000);
    await expect(verifyCallerContext(token, keys.publicKey, [police])).rejects.toThrow();
  });
});
