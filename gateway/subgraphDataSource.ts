import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { CryptoKey } from 'jose';
import {
  CONTEXT_HEADER,
  GRANTS_AUDIENCE,
  GRANTS_HEADER,
  INVOLVEMENT_HEADER,
  involvementAudience,
  signCallerContext,
  subgraphAudience,
} from '../schema/callerContext.ts';
import { recordSubgraphOf } from '../schema/subgraphs.ts';
import type { GatewayContext } from './gatewayContext.ts';

/**
 * Calls one subgraph with the caller context signed by the gateway, and the W3C trace context, so
 * the subgraph can decide per child and the processing log can link records across hops. The
 * client's own headers (its bearer token) are never forwarded.
 */
export class SignedContextDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraph: string;

  constructor(
    config: { name: string; url: string },
    private readonly contextKey: CryptoKey,
  ) {
    super({ url: config.url });
    this.subgraph = config.name;
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (!('caller' in context) || !context.caller) return; // schema loading and health checks carry no caller
    // One context per subgraph, addressed to it, so no subgraph can replay it at another; and one
    // grants-only context that partner subgraphs may forward to the casus subgraph.
    context.signedContexts ??= new Map();
    let signed = context.signedContexts.get(this.subgraph);
    if (!signed) {
      signed = signCallerContext(context.caller, this.contextKey, subgraphAudience(this.subgraph));
      context.signedContexts.set(this.subgraph, signed);
    }
    context.grantsContext ??= signCallerContext(context.caller, this.contextKey, GRANTS_AUDIENCE);
    request.http?.headers.set(CONTEXT_HEADER, await signed);
    request.http?.headers.set(GRANTS_HEADER, await context.grantsContext);
    request.http?.headers.set('traceparent', context.caller.traceparent);
    // The casus subgraph asks the caller's own system of record whether it is involved with a child.
    const recordSubgraph = this.subgraph === 'casus' ? recordSubgraphOf(context.caller.organisation) : null;
    if (recordSubgraph) {
      context.involvementContext ??= signCallerContext(context.caller, this.contextKey, involvementAudience(recordSubgraph));
      request.http?.headers.set(INVOLVEMENT_HEADER, await context.involvementContext);
    }
  }
}
