import type { CryptoKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { CONTEXT_TTL_SECONDS, signCallerContext, type ContextCaller } from '../schema/callerContext.ts';

export interface ContextSignerOptions {
  privateKey: CryptoKey;
  /**
   * How long one signed context is handed out, in seconds. It must stay well below the context's
   * 30 s lifetime, so a context still has at least the difference left when a subgraph (or casus,
   * forwarded by a partner adapter) checks it. @default 15
   */
  reuseSeconds?: number;
  /** Signed contexts kept, one per caller and audience. @default 10000 */
  cacheSize?: number;
}

/**
 * Signs caller contexts (ES256), one per caller and audience, and hands the same one out again
 * while it is young. A context is a pure function of who asks, why, and for which subgraph: the
 * copy a second request gets is the one the gateway would sign anew, with an older `iat`. Why this
 * keeps every guarantee: docs/caller-context.md.
 */
export class ContextSigner {
  private readonly signed: LRUCache<string, { token: Promise<string>; signedAt: number }>;
  private readonly reuseMs: number;

  constructor(private readonly options: ContextSignerOptions) {
    const reuseSeconds = options.reuseSeconds ?? 15;
    if (reuseSeconds >= CONTEXT_TTL_SECONDS) throw new Error(`a caller context may be reused for less than its ${CONTEXT_TTL_SECONDS} s lifetime`);
    this.reuseMs = reuseSeconds * 1000;
    this.signed = new LRUCache({ max: options.cacheSize ?? 10_000 });
  }

  sign(caller: ContextCaller, audience: string): Promise<string> {
    // JSON, so no professional id (any string from an issuer) can run into the next field.
    const key = JSON.stringify([audience, caller.professional, caller.organisation, caller.role, caller.purpose]);
    const now = Date.now();
    const known = this.signed.get(key);
    // Signed at most `reuseSeconds` ago (by the clock the token's own `iat` comes from).
    if (known && now - known.signedAt < this.reuseMs) return known.token;
    const token = signCallerContext(caller, this.options.privateKey, audience);
    this.signed.set(key, { token, signedAt: now });
    // A failed signature is not kept: the next request signs again.
    token.catch(() => this.signed.get(key)?.token === token && this.signed.delete(key));
    return token;
  }
}
