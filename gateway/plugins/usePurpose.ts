import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Caller } from '../../schema/caller.ts';
import type { HubContext } from '../gatewayContext.ts';
import { purposeOf } from '../purpose.ts';
import { traceparentOf } from '../traceContext.ts';
import { identityOf } from './useAuthentication.ts';

/** Purpose and trace of each HTTP request, read once for all operations of a batch. */
const stated = new WeakMap<Request, Pick<Caller, 'purpose' | 'traceparent'>>();

/**
 * Second plugin: the request must state its purpose (`X-Purpose`, one of the covenant's), or it is
 * refused with HTTP 400 naming them. It then completes the caller that every later plugin decides
 * on: who (from `useAuthentication`), why, and the W3C trace the request belongs to.
 */
export function usePurpose(): GatewayPlugin<HubContext> {
  return {
    onRequestParse({ request }) {
      const { headers } = request;
      stated.set(request, { purpose: purposeOf(headers.get('x-purpose')), traceparent: traceparentOf(headers.get('traceparent')) });
    },
    onContextBuilding({ context, extendContext }) {
      const purpose = stated.get(context.request);
      if (!purpose) throw new Error('no purpose for this request: usePurpose must run before execution');
      extendContext({ caller: { ...identityOf(context.request), ...purpose } });
    },
  };
}
