import type { IncomingMessage } from 'node:http';
import type { CryptoKey } from 'jose';
import type { Caller } from '../../schema/caller.ts';
import { CONTEXT_HEADER, GRANTS_HEADER, INVOLVEMENT_HEADER, subgraphAudience, verifyCallerContext } from '../../schema/callerContext.ts';
import { ErrorCode, hubError } from '../../schema/errors.ts';

export interface GatewayContext {
  caller: Caller;
  /** The grants-only context to forward to the casus subgraph's `/grants`, when the gateway sent one. */
  grantsToken: string | null;
  /** The involvement-only context casus forwards to the caller's system of record, when the gateway sent one. */
  involvementToken: string | null;
}

const headerOf = (request: IncomingMessage, name: string) => {
  const value = request.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
};

/**
 * Checks the caller context the gateway signed for this subgraph's `/graphql`. Only a context whose
 * audience names this subgraph is accepted: the narrow grants-only and involvement-only contexts
 * are good at their own internal routes only (`internalRoute.ts`), never here, so no document has
 * to be inspected to tell what they may do.
 */
export function gatewayContextVerifier(subgraph: string, publicKey: CryptoKey) {
  const audiences = [subgraphAudience(subgraph)];
  return async (request: IncomingMessage): Promise<GatewayContext> => {
    const token = headerOf(request, CONTEXT_HEADER);
    if (!token) {
      throw hubError(ErrorCode.UNAUTHENTICATED, `The ${subgraph} subgraph answers only requests from the Ketengraaf gateway (no caller context).`);
    }
    // The trace travels beside the context (it is per request, the context per caller).
    const verified = await verifyCallerContext(token, publicKey, audiences, headerOf(request, 'traceparent') ?? undefined).catch(() => {
      throw hubError(ErrorCode.UNAUTHENTICATED, 'The caller context is invalid, expired or meant for another subgraph; send the request through the Ketengraaf gateway.');
    });
    return { caller: verified.caller, grantsToken: headerOf(request, GRANTS_HEADER), involvementToken: headerOf(request, INVOLVEMENT_HEADER) };
  };
}
