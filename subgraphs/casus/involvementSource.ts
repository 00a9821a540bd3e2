import type { Caller } from '../../schema/caller.ts';
import { INVOLVEMENT_HEADER } from '../../schema/callerContext.ts';
import { ErrorCode, hubError } from '../../schema/errors.ts';
import { recordSubgraphOf } from '../../schema/subgraphs.ts';
import { traceHeaders } from '../kit/traceHeaders.ts';

/**
 * What the caller's own system of record says of its organisation and a child: `INVOLVED` (it
 * holds an enrolment, placement, JGZ client or file), `NOT_INVOLVED`, or `NO_SYSTEM` for an
 * organisation that has none in the hub (the municipality).
 */
export type Involvement = { kind: 'INVOLVED'; subgraph: string } | { kind: 'NOT_INVOLVED'; subgraph: string } | { kind: 'NO_SYSTEM' };

/** Where casus learns whether the caller's organisation is involved with a child. */
export interface InvolvementSource {
  /** `token` is the gateway's involvement-only context for the caller's record subgraph. */
  involvement(childId: string, caller: Caller, token: string | null): Promise<Involvement>;
}

/**
 * Asks the partner subgraph of the caller's organisation (`POST /involvement`), forwarding the
 * gateway's involvement-only context; the subgraph answers from its pseudonym index, so a child
 * it does not know costs what a known child costs. Any failure refuses, never assumes involvement.
 */
export class SystemOfRecordClient implements InvolvementSource {
  constructor(
    /** The `/graphql` URL of a partner subgraph by name (`SUBGRAPH_<NAME>_URL`). */
    private readonly urlOf: (subgraph: string) => string | undefined,
    private readonly timeoutMs = 5000,
  ) {}

  async involvement(childId: string, caller: Caller, token: string | null): Promise<Involvement> {
    const subgraph = recordSubgraphOf(caller.organisation);
    if (!subgraph) return { kind: 'NO_SYSTEM' };
    const base = this.urlOf(subgraph);
    if (!base || !token) throw unavailable(subgraph);
    let body: { data?: unknown };
    try {
      const response = await fetch(new URL('/involvement', base), {
        method: 'POST',
        headers: traceHeaders({ 'content-type': 'application/json', [INVOLVEMENT_HEADER]: token }),
        body: JSON.stringify({ childIds: [childId] }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      body = (await response.json()) as typeof body;
    } catch {
      throw unavailable(subgraph);
    }
    if (!Array.isArray(body.data) || typeof body.data[0] !== 'boolean') throw unavailable(subgraph);
    return { kind: body.data[0] ? 'INVOLVED' : 'NOT_INVOLVED', subgraph };
  }
}

const unavailable = (subgraph: string) =>
  hubError(
    ErrorCode.PARTNER_UNAVAILABLE,
    `The ${subgraph} subgraph did not say whether your organisation is involved with this child, so nothing was registered. Try again later.`,
    { subgraph },
  );

/** `SystemOfRecordClient` over `SUBGRAPH_<NAME>_URL` from the environment (the gateway's own settings). */
export const systemOfRecordFromEnv = (env: NodeJS.ProcessEnv) =>
  new SystemOfRecordClient((subgraph) => env[`SUBGRAPH_${subgraph.toUpperCase()}_URL`] || undefined);
