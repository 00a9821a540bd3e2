import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { CryptoKey } from 'jose';
import {
  CONTEXT_HEADER,
  GRANTS_AUDIENCE,
  GRANTS_HEADER,
  INVOLVEMENT_HEADER,
  involvementAudience,
  subgraphAudience,
} from '../../schema/callerContext.ts';
import { recordSubgraphOf } from '../../schema/subgraphs.ts';
import { ContextSigner } from '../contextSigner.ts';
import type { HubContext } from '../gatewayContext.ts';

export interface CallerContextOptions {
  /** The gateway's ES256 context key; subgraphs hold only its public half. */
  privateKey: CryptoKey;
  /** How long one signed context is reused, in seconds (below its 30 s lifetime). @default 15 */
  reuseSeconds?: number;
  /** Signed contexts kept, one per caller and audience. @default 10000 */
  cacheSize?: number;
}

/**
 * Every subgraph request carries the caller, signed by the gateway: a context addressed to that
 * one subgraph (so no subgraph can replay it at another), a grants-only context partner subgraphs
 * forward to casus for `_childGrants`, for casus an involvement-only context it forwards to the
 * caller's own system of record, and the W3C `traceparent`. The client's own headers (its bearer
 * token) are never forwarded.
 *
 * The headers go into the execution request's `extensions.headers`, not into the fetch options:
 * the HTTP executor includes exactly those in its in-flight deduplication key, so two callers'
 * identical subgraph requests are never merged into one answer for both.
 */
export function useCallerContext(options: CallerContextOptions): GatewayPlugin<HubContext> {
  const signer = new ContextSigner(options);
  return {
    async onSubgraphExecute({ subgraphName, executionRequest, setExecutionRequest }) {
      const caller = executionRequest.context?.caller;
      if (!caller) throw new Error(`no caller for a request to the ${subgraphName} subgraph`);
      // The casus subgraph asks the caller's own system of record whether it is involved with a child.
      const recordSubgraph = subgraphName === 'casus' ? recordSubgraphOf(caller.organisation) : null;
      const [context, grants, involvement] = await Promise.all([
        signer.sign(caller, subgraphAudience(subgraphName)),
        signer.sign(caller, GRANTS_AUDIENCE),
        recordSubgraph ? signer.sign(caller, involvementAudience(recordSubgraph)) : null,
      ]);
      const headers: Record<string, string> = { [CONTEXT_HEADER]: context, [GRANTS_HEADER]: grants, traceparent: caller.traceparent };
      if (involvement) headers[INVOLVEMENT_HEADER] = involvement;
      const extensions = executionRequest.extensions ?? {};
      setExecutionRequest({ ...executionRequest, extensions: { ...extensions, headers: { ...(extensions.headers as object | undefined), ...headers } } });
    },
  };
}
