import { createHmac } from 'node:crypto';

/**
 * The hub pseudonym of a child: a keyed HMAC of the BSN, computed inside the adapters only. All
 * adapters of one covenant share the key, so the same child links across partners; the gateway
 * and the clients never see a BSN and cannot reverse a pseudonym.
 */
export const PSEUDONYM_PATTERN = /^ch_[A-Za-z0-9_-]{27}$/;

export const isPseudonym = (value: string): boolean => PSEUDONYM_PATTERN.test(value);

export function pseudonymFor(bsn: string, key: string): string {
  const digest = createHmac('sha256', key).update(`bsn:${bsn}`).digest('base64url');
  return `ch_${digest.slice(0, 27)}`;
}
