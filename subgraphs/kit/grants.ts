import type { Caller } from '../../schema/caller.ts';
import { GRANTS_HEADER } from '../../schema/callerContext.ts';
import { ErrorCode, hubError } from '../../schema/errors.ts';
import { MAX_CHILDREN_PER_REQUEST } from './internalRoute.ts';
import { traceHeaders } from './traceHeaders.ts';

/** The casus subgraph's answer, for one child and one caller: the per-child facts it owns. */
export interface ChildGrant {
  childId: string;
  /** The caller's organisation takes part in an open case of the child. */
  caseParticipant: boolean;
  /** AVE phase of the child's open case, or null. */
  casePhase: number | null;
  /** A valid consent for the caller's organisation and the request's purpose. */
  consent: boolean;
}

/** Where a subgraph learns per-child grants: the casus subgraph, or (in casus itself) its store. */
export interface GrantSource {
  /** `grantsToken` is the gateway's grants-only context, forwarded to the casus subgraph. */
  grantsFor(childIds: readonly string[], caller: Caller, grantsToken: string | null): Promise<ChildGrant[]>;
}

/** The casus subgraph's grants route, beside its `/graphql` (`CASUS_URL`). */
export const grantsUrlOf = (casusUrl: string) => new URL('/grants', casusUrl).toString();

/**
 * Asks the casus subgraph's `POST /grants`, forwarding the gateway's grants-only context: one
 * request per `MAX_CHILDREN_PER_REQUEST` children (the most the route takes), in parallel, so a
 * list of any length (a director's 1,200 cases) is answered, and all of it or none.
 */
export class CasusGrantClient implements GrantSource {
  private readonly url: string;

  constructor(
    casusUrl: string,
    private readonly timeoutMs = 5000,
  ) {
    this.url = grantsUrlOf(casusUrl);
  }

  async grantsFor(childIds: readonly string[], _caller: Caller, grantsToken: string | null): Promise<ChildGrant[]> {
    if (!grantsToken) throw unavailable();
    const pages: (readonly string[])[] = [];
    for (let start = 0; start < childIds.length; start += MAX_CHILDREN_PER_REQUEST) pages.push(childIds.slice(start, start + MAX_CHILDREN_PER_REQUEST));
    return (await Promise.all(pages.map((page) => this.page(page, grantsToken)))).flat();
  }

  private async page(childIds: readonly string[], grantsToken: string): Promise<ChildGrant[]> {
    let body: { data?: ChildGrant[] };
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        // The trace goes along, so casus's answer is part of the request's trace.
        headers: traceHeaders({ 'content-type': 'application/json', [GRANTS_HEADER]: grantsToken }),
        body: JSON.stringify({ childIds }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      body = (await response.json()) as typeof body;
    } catch {
      throw unavailable();
    }
    if (!Array.isArray(body.data) || body.data.length !== childIds.length) throw unavailable();
    return body.data;
  }
}

const unavailable = () =>
  hubError(
    ErrorCode.PARTNER_UNAVAILABLE,
    'The casus subgraph did not answer with per-child grants, so nothing that depends on them is released. Try again later.',
    { subgraph: 'casus' },
  );

/**
 * Caches grants for a few seconds per caller organisation, purpose and child, so a page of
 * children costs one casus call; a withdrawn consent or closed case takes effect within `ttlMs`.
 */
export class CachedGrantSource implements GrantSource {
  private cache = new Map<string, { grant: ChildGrant; expires: number }>();

  constructor(
    private readonly inner: GrantSource,
    private readonly ttlMs: number,
    private readonly maxEntries = 100_000,
  ) {}

  async grantsFor(childIds: readonly string[], caller: Caller, grantsToken: string | null): Promise<ChildGrant[]> {
    const now = Date.now();
    const keyOf = (childId: string) => `${caller.organisation}|${caller.purpose}|${childId}`;
    const missing = childIds.filter((id) => (this.cache.get(keyOf(id))?.expires ?? 0) <= now);
    if (missing.length > 0) {
      const fresh = await this.inner.grantsFor(missing, caller, grantsToken);
      if (this.cache.size + fresh.length > this.maxEntries) this.cache.clear();
      for (const grant of fresh) this.cache.set(keyOf(grant.childId), { grant, expires: now + this.ttlMs });
    }
    return childIds.map(
      (id) => this.cache.get(keyOf(id))?.grant ?? { childId: id, caseParticipant: false, casePhase: null, consent: false },
    );
  }
}
