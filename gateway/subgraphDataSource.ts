import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { CryptoKey } from 'jose';
import { CONTEXT_HEADER, signCallerContext } from '../schema/callerContext.ts';
import type { GatewayContext } from './gatewayContext.ts';

/**
 * Calls one subgraph with the caller context signed by the gateway, and the W3C trace context, so
 * the subgraph can decide per child and the processing log can link records across hops. The
 * client's own headers (its bearer token) are never forwarded.
 */
export class SignedContextDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    config: { name: string; url: string },
    private readonly contextKey: CryptoKey,
  ) {
    super({ url: config.url });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (!('caller' in context) || !context.caller) return; // schema loading and health checks carry no caller
    context.signedContext ??= signCallerContext(context.caller, this.contextKey);
    request.http?.headers.set(CONTEXT_HEADER, await context.signedContext);
    request.http?.headers.set('traceparent', context.caller.traceparent);
  }
}
