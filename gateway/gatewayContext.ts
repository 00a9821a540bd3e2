import type { Caller } from '../schema/caller.ts';

/** Apollo Server context of one request at the gateway. */
export interface GatewayContext {
  caller: Caller;
  /** The gateway-signed caller context for subgraphs, signed once per request. */
  signedContext?: Promise<string>;
}
