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

/**
 * The covenant's test vector for the derivation above, for adapters in any language: with this key
 * and BSN (a test BSN that passes the elfproef), HMAC-SHA256 over `bsn:<BSN>`, base64url, its first
 * 27 characters after `ch_`, must give this pseudonym. `npm run connector:check` checks it here and
 * checks that the running adapter recognises the pseudonyms derived the same way from its
 * partner's BSNs (docs/connector-guide.md, "The pseudonym").
 */
export const PSEUDONYM_TEST_VECTOR = {
  key: 'ketengraaf-covenant-test-vector',
  bsn: '999999990',
  pseudonym: 'ch_uO4AtlufOlBmm4jy7ySd8EaI6Et',
} as const;
