import type { IncomingMessage } from 'node:http';
import { Kind, parse } from 'graphql';
import type { CryptoKey } from 'jose';
import type { Caller } from '../../schema/caller.ts';
import { CONTEXT_HEADER, GRANTS_AUDIENCE, GRANTS_HEADER, subgraphAudience, verifyCallerContext } from '../../schema/callerContext.ts';
import { ErrorCode, hubError } from '../../schema/errors.ts';

export interface GatewayContext {
  caller: Caller;
  /** The grants-only context to forward to the casus subgraph, when the gateway sent one. */
  grantsToken: string | null;
}

const headerOf = (request: IncomingMessage, name: string) => {
  const value = request.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
};

/** Whether a request body asks for `_childGrants` and nothing else (what a grants-only context may do). */
function asksOnlyForGrants(body: unknown): boolean {
  const query = typeof body === 'object' && body !== null ? (body as { query?: unknown }).query : undefined;
  if (typeof query !== 'string') return false;
  try {
    return parse(query).definitions.every(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION &&
        definition.operation === 'query' &&
        definition.selectionSet.selections.every((s) => s.kind === Kind.FIELD && (s.name.value === '_childGrants' || s.name.value === '__typename')),
    );
  } catch {
    return false;
  }
}

/**
 * Checks the caller context the gateway signed for this subgraph (its audience names this
 * subgraph, so a context sent to one subgraph cannot be replayed at another). The casus subgraph
 * also accepts the grants-only context that partner subgraphs forward, for `_childGrants` only.
 */
export function gatewayContextVerifier(subgraph: string, publicKey: CryptoKey, options: { servesGrants: boolean }) {
  const audiences = [subgraphAudience(subgraph), ...(options.servesGrants ? [GRANTS_AUDIENCE] : [])];
  return async (request: IncomingMessage, body: unknown): Promise<GatewayContext> => {
    const token = headerOf(request, CONTEXT_HEADER);
    if (!token) {
      throw hubError(ErrorCode.UNAUTHENTICATED, `The ${subgraph} subgraph answers only requests from the Ketengraaf gateway (no caller context).`);
    }
    const verified = await verifyCallerContext(token, publicKey, audiences).catch(() => {
      throw hubError(ErrorCode.UNAUTHENTICATED, 'The caller context is invalid, expired or meant for another subgraph; send the request through the Ketengraaf gateway.');
    });
    if (verified.audience === GRANTS_AUDIENCE && !asksOnlyForGrants(body)) {
      throw hubError(ErrorCode.UNAUTHENTICATED, 'A grants context may only ask for _childGrants.');
    }
    return { caller: verified.caller, grantsToken: headerOf(request, GRANTS_HEADER) };
  };
}
