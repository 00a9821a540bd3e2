import { INVOLVEMENT_HEADER, involvementAudience } from '../../schema/callerContext.ts';
import { childIdsOf, type InternalRoute } from './internalRoute.ts';

/** The organisation holding a child's record in this subgraph's partner system, from its index. */
export type RecordHolder = (childId: string) => Promise<string | null>;

/**
 * `POST /involvement` at a partner subgraph: for each child, whether the caller's organisation
 * holds its record in this partner system (an enrolment, a placement, a JGZ client, a file). The
 * casus subgraph asks it before it accepts a signal or a handover, forwarding the gateway's
 * involvement-only context, so involvement is what the system of record says, never what the
 * caller types. The answer comes from the adapter's in-memory index; a child the partner does
 * not know costs what a known child costs, and the partner system is never asked at request time.
 */
export const involvementRoute = (subgraph: string, holderOf: RecordHolder): InternalRoute => ({
  header: INVOLVEMENT_HEADER,
  audience: involvementAudience(subgraph),
  handle: async (caller, body) => Promise.all(childIdsOf(body).map(async (childId) => (await holderOf(childId)) === caller.organisation)),
});
