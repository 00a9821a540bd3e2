import type { Caller } from '../schema/caller.ts';

/** Apollo Server context of one request at the gateway. */
export interface GatewayContext {
  caller: Caller;
  /** The caller context signed for each subgraph this request reaches (audience: that subgraph). */
  signedContexts?: Map<string, Promise<string>>;
  /** The grants-only context, for partner subgraphs to forward to the casus subgraph. */
  grantsContext?: Promise<string>;
  /** The involvement-only context, for the casus subgraph to forward to the caller's system of record. */
  involvementContext?: Promise<string>;
}
