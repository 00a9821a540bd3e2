import { ErrorCode, hubError } from '../../schema/errors.ts';
import { BodyTooLarge, DEFAULT_MAX_RESPONSE_BYTES, readBounded } from './boundedBody.ts';
import { inIdentityListLoad } from './identityListLoad.ts';
import { PartnerFailure, PartnerPolicy, timeoutFailure, type PartnerLimits } from './partnerPolicy.ts';
import { observePartnerCall, watchPartner } from './partnerTelemetry.ts';
import { traceHeaders } from './traceHeaders.ts';

/** How an adapter reaches its partner system: base URL, credentials, a timeout and its limits. */
export interface PartnerConfig extends PartnerLimits {
  /** The subgraph's name, used to tag failures. */
  name: string;
  baseUrl: string;
  /** Extra headers sent on every call, e.g. `Authorization: Bearer …` or an API key. */
  headers: Record<string, string>;
  /** Per call, waiting for a free slot included; the partner counts as unavailable after it. Default 5000 ms. */
  timeoutMs: number;
  /** Largest accepted response body, in bytes; a larger answer is refused as TOO_LARGE. @default 20 MiB */
  maxResponseBytes?: number;
}

type Query = Record<string, string | number | readonly string[] | undefined>;

/**
 * The HTTP client every adapter uses for its partner system: a deadline per call, a bulkhead and
 * a circuit breaker per partner (`PartnerPolicy`), a cap on the answer's size, a span and metrics
 * per call. Failures become a `PARTNER_UNAVAILABLE` error tagged with the subgraph's name and a
 * `reason` (TIMEOUT, UNREACHABLE, HTTP_ERROR, INVALID_RESPONSE, TOO_LARGE, CIRCUIT_OPEN, BUSY);
 * their messages, spans and metrics hold the route template, never an identifier from the request.
 */
export class PartnerClient {
  private readonly policy: PartnerPolicy;

  constructor(readonly config: PartnerConfig) {
    this.policy = new PartnerPolicy(config);
    watchPartner(config.name, this.policy);
  }

  /** GET a JSON resource; `null` when the partner answers 404. `route` is a template for messages. */
  getJson<T>(route: string, path: string, query: Query = {}): Promise<T | null> {
    const url = new URL(path.replace(/^\//, ''), this.config.baseUrl.endsWith('/') ? this.config.baseUrl : `${this.config.baseUrl}/`);
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined) continue;
      url.searchParams.set(name, Array.isArray(value) ? value.join(',') : String(value));
    }
    return observePartnerCall(this.config.name, route, async () => {
      // One deadline for the whole call: the wait for a slot, the headers and the body. A large
      // body still arriving when it passes is a timeout, not invalid JSON.
      const deadline = AbortSignal.timeout(this.config.timeoutMs);
      try {
        return await this.policy.run(() => this.fetchJson<T>(url, deadline), deadline, !inIdentityListLoad());
      } catch (error) {
        throw error instanceof PartnerFailure ? this.unavailable(route, error) : error;
      }
    });
  }

  /** GET a JSON resource that must exist. */
  async requireJson<T>(route: string, path: string, query: Query = {}): Promise<T> {
    const body = await this.getJson<T>(route, path, query);
    if (body === null) throw this.unavailable(route, new PartnerFailure('HTTP_ERROR', 'answered 404 for a collection', false));
    return body;
  }

  private async fetchJson<T>(url: URL, deadline: AbortSignal): Promise<T | null> {
    const headers = traceHeaders({ accept: 'application/json, application/fhir+json', ...this.config.headers });
    let response: Response;
    try {
      response = await fetch(url, { headers, signal: deadline });
    } catch {
      throw deadline.aborted ? timeoutFailure() : new PartnerFailure('UNREACHABLE', 'could not be reached', true);
    }
    if (response.status === 404 || !response.ok) {
      await response.body?.cancel().catch(() => undefined);
      if (response.status === 404) return null;
      // 5xx and 429 say the partner is down or overloaded; another 4xx is the adapter's mistake.
      throw new PartnerFailure('HTTP_ERROR', `answered HTTP ${response.status}`, response.status >= 500 || response.status === 429);
    }
    const limit = this.config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    let text: string;
    try {
      text = await readBounded(response, limit);
    } catch (error) {
      if (error instanceof BodyTooLarge) throw new PartnerFailure('TOO_LARGE', `answered with more than ${limit} bytes, the most an adapter accepts`, false);
      throw deadline.aborted ? timeoutFailure() : new PartnerFailure('UNREACHABLE', 'broke off its answer', true);
    }
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new PartnerFailure('INVALID_RESPONSE', 'answered with invalid JSON', true);
    }
  }

  private unavailable(route: string, failure: PartnerFailure) {
    const reason = failure.reason === 'TIMEOUT' ? `did not answer within ${this.config.timeoutMs} ms` : failure.message;
    return hubError(
      ErrorCode.PARTNER_UNAVAILABLE,
      `The ${this.config.name} partner system ${reason} (${route}). Try again later; if it persists, the partner's system administrator can check it.`,
      { subgraph: this.config.name, reason: failure.reason },
    );
  }
}
