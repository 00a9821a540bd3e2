import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionResult, GraphQLError } from 'graphql';
import { ErrorCode } from '../../schema/errors.ts';

/**
 * The status of a request that got nothing because something inside the hub failed: its own bug
 * (500), or a subgraph or partner system behind it (502 Bad Gateway, RFC 9110 §15.6.3).
 */
const FAILURE_STATUS: Partial<Record<string, number>> = {
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
  [ErrorCode.SUBGRAPH_UNAVAILABLE]: 502,
  [ErrorCode.PARTNER_UNAVAILABLE]: 502,
};

/** No value at all: no data, or every root field null. */
const holdsNoData = (result: ExecutionResult) => result.data == null || Object.values(result.data).every((value) => value === null);

const HUB_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * The status a refusal of the hub's own was raised with, or an internal failure's. The engine's
 * own errors (a document that does not parse or validate) keep the engine's rule: 200 for an
 * `application/json` client, 400 for `application/graphql-response+json`.
 */
const statusOf = (error: GraphQLError): number | undefined => {
  const code = String(error.extensions?.code);
  if (!HUB_CODES.has(code)) return undefined;
  const http = error.extensions?.http as { status?: unknown } | undefined;
  return typeof http?.status === 'number' ? http.status : FAILURE_STATUS[code];
};

/**
 * The HTTP status of each response (GraphQL over HTTP): a partial answer is 200 with its errors,
 * whatever they are, so that the data that did arrive reaches the client. An answer that holds no
 * data is refused or failed as a whole, and says so in its status whatever the client accepts
 * (`application/json` included): a refusal of the hub with the status it was raised with (a limit's 400,
 * REQUEST_TIMEOUT's 504, LOG_UNAVAILABLE's 503), an internal failure 500 or 502, the highest when
 * there are several. A batch keeps 200, as each of its operations answers for itself.
 */
export function useResponseStatus(): GatewayPlugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const single = result as ExecutionResult;
      if (!single.errors?.length || !holdsNoData(single)) return;
      const status = Math.max(0, ...single.errors.map((error) => statusOf(error as GraphQLError) ?? 0));
      if (status === 0) return;
      // The engine reads a status from the result's own `extensions.http` first, and does not send it.
      setResult({ ...single, extensions: { ...single.extensions, http: { ...(single.extensions?.http as object | undefined), status } } });
    },
  };
}
