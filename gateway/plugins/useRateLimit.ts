import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ErrorCode, hubError } from '../../schema/errors.ts';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from '../limits/operationLimits.ts';
import { identityOf } from './useAuthentication.ts';

export type RateLimitOptions = Partial<Pick<OperationLimits, 'maxRequestsPerWindow' | 'rateWindowSeconds'>>;

/**
 * At most `maxRequestsPerWindow` HTTP requests per professional (organisation and subject of the
 * verified token) per `rateWindowSeconds`, counted by `rate-limiter-flexible` in this gateway
 * process, right after authentication and before the body is parsed: one person's loop cannot
 * take every other user's share of the hub. Over it: HTTP 429 with RATE_LIMITED and `Retry-After`,
 * the same for every caller, saying only what the caller did. Several gateway processes count
 * apart (a caller gets the limit once per process); the covenant's ingress limits per address.
 *
 * Options: each of `OperationLimits` it names; the defaults are `DEFAULT_OPERATION_LIMITS`.
 */
export function useRateLimit(options: RateLimitOptions = {}): GatewayPlugin {
  const { maxRequestsPerWindow, rateWindowSeconds } = { ...DEFAULT_OPERATION_LIMITS, ...options };
  const limiter = new RateLimiterMemory({ points: maxRequestsPerWindow, duration: rateWindowSeconds });
  return {
    async onRequestParse({ request }) {
      const { organisation, professional } = identityOf(request);
      try {
        await limiter.consume(JSON.stringify([organisation, professional]));
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw hubError(
          ErrorCode.RATE_LIMITED,
          `You sent more than ${maxRequestsPerWindow} requests in ${rateWindowSeconds} s, more than the hub answers one professional. Wait ${retryAfter} s and try again; a front-end that polls should poll less often.`,
          { limit: maxRequestsPerWindow, windowSeconds: rateWindowSeconds, retryAfterSeconds: retryAfter, http: { headers: { 'retry-after': String(retryAfter) } } },
        );
      }
    },
  };
}
