import { ErrorCode, hubError } from '../../schema/errors.ts';

/** How an adapter reaches its partner system: base URL, credentials and a timeout. */
export interface PartnerConfig {
  /** The subgraph's name, used to tag failures. */
  name: string;
  baseUrl: string;
  /** Extra headers sent on every call, e.g. `Authorization: Bearer …` or an API key. */
  headers: Record<string, string>;
  /** Per call; the partner counts as unavailable after it. Default 5000 ms. */
  timeoutMs: number;
}

type Query = Record<string, string | number | readonly string[] | undefined>;

/**
 * The HTTP client every adapter uses for its partner system. Failures become a
 * `PARTNER_UNAVAILABLE` error tagged with the subgraph's name; their messages hold the route
 * template, never an identifier from the request.
 */
export class PartnerClient {
  constructor(readonly config: PartnerConfig) {}

  /** GET a JSON resource; `null` when the partner answers 404. `route` is a template for messages. */
  async getJson<T>(route: string, path: string, query: Query = {}): Promise<T | null> {
    const url = new URL(path.replace(/^\//, ''), this.config.baseUrl.endsWith('/') ? this.config.baseUrl : `${this.config.baseUrl}/`);
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined) continue;
      url.searchParams.set(name, Array.isArray(value) ? value.join(',') : String(value));
    }
    // One deadline for the whole answer: headers and body. A large body still arriving when it
    // passes is a timeout, not invalid JSON.
    const signal = AbortSignal.timeout(this.config.timeoutMs);
    const late = () => this.unavailable(route, `did not answer within ${this.config.timeoutMs} ms`);
    let response: Response;
    try {
      response = await fetch(url, { headers: { accept: 'application/json, application/fhir+json', ...this.config.headers }, signal });
    } catch {
      throw signal.aborted ? late() : this.unavailable(route, 'could not be reached');
    }
    if (response.status === 404) return null;
    if (!response.ok) throw this.unavailable(route, `answered HTTP ${response.status}`);
    try {
      return (await response.json()) as T;
    } catch {
      throw signal.aborted ? late() : this.unavailable(route, 'answered with invalid JSON');
    }
  }

  /** GET a JSON resource that must exist. */
  async requireJson<T>(route: string, path: string, query: Query = {}): Promise<T> {
    const body = await this.getJson<T>(route, path, query);
    if (body === null) throw this.unavailable(route, 'answered 404 for a collection');
    return body;
  }

  private unavailable(route: string, reason: string) {
    return hubError(
      ErrorCode.PARTNER_UNAVAILABLE,
      `The ${this.config.name} partner system ${reason} (${route}). Try again later; if it persists, the partner's system administrator can check it.`,
      { subgraph: this.config.name },
    );
  }
}
