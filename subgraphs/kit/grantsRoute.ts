import { GRANTS_AUDIENCE, GRANTS_HEADER } from '../../schema/callerContext.ts';
import type { GrantSource } from './grants.ts';
import { childIdsOf, type InternalRoute } from './internalRoute.ts';

/**
 * `POST /grants` at the casus subgraph: the caller's per-child grants, for partner subgraphs that
 * forward the gateway's grants-only context. It answers grants and nothing else; the context is
 * refused at `/graphql`, so an adapter operator cannot use it to read casus.
 */
export const grantsRoute = (source: GrantSource): InternalRoute => ({
  header: GRANTS_HEADER,
  audience: GRANTS_AUDIENCE,
  handle: (caller, body) => source.grantsFor(childIdsOf(body), caller, null),
});
