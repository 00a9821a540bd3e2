import { Client, fetchExchange } from '@urql/core';
import type { Purpose } from '../i18n/vocabulary.ts';

/**
 * One GraphQL client per token and purpose. Nothing is cached: a new purpose must never be shown
 * what an earlier one released, and every screen asks again, so what is on screen is what the
 * gateway decided (and logged) for this purpose. POST only, so no query with a pseudonym lands in a URL.
 */
export function createHubClient(gatewayUrl: string, token: string, purpose: Purpose): Client {
  return new Client({
    url: gatewayUrl,
    exchanges: [fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}`, 'x-purpose': purpose } }),
  });
}
