import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { ErrorCode, hubError } from '../../schema/errors.ts';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from '../limits/operationLimits.ts';

export type RequestLimitOptions = Partial<Pick<OperationLimits, 'maxBodyBytes' | 'maxBatch'>>;

const bodyTooLarge = (n: number) =>
  hubError(ErrorCode.REQUEST_TOO_LARGE, `The request body is larger than ${n} bytes, more than the hub reads. Send a smaller query or fewer variables, or split the batch.`, { limit: n });
const batchTooLarge = (n: number) =>
  hubError(ErrorCode.BATCH_TOO_LARGE, `A batched request may hold at most ${n} operations. Send the rest in another request.`, { limit: n });

/** The body as text, read until it passes `limit` bytes (a body sent without a Content-Length). */
async function readAtMost(body: ReadableStream<Uint8Array>, limit: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    length += chunk.byteLength;
    if (length > limit) throw bodyTooLarge(limit);
    chunks.push(chunk);
  }
  // The engine's parsers read JSON, GraphQL and form bodies: text (multipart uploads are off).
  return Buffer.concat(chunks, length).toString('utf8');
}

/**
 * The limits on the HTTP request, before its body is parsed: its size in bytes (413 with
 * REQUEST_TOO_LARGE; the engine's own cap is 25 MB and not configurable through the gateway
 * runtime), and the number of operations in a batch (400 with BATCH_TOO_LARGE, before the
 * engine's own batching limit, which answers 413 without a code and must be at least as high).
 *
 * Options: each of `OperationLimits` it names; the defaults are `DEFAULT_OPERATION_LIMITS`.
 */
export function useRequestLimits(options: RequestLimitOptions = {}): GatewayPlugin {
  const { maxBodyBytes, maxBatch } = { ...DEFAULT_OPERATION_LIMITS, ...options };
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null && Number(declared) > maxBodyBytes) throw bodyTooLarge(maxBodyBytes);
      if (declared === null && request.body && requestParser) {
        const parse = requestParser;
        setRequestParser(async (unbounded) => {
          const body = unbounded.body ? await readAtMost(unbounded.body, maxBodyBytes) : null;
          return parse(new fetchAPI.Request(unbounded.url, { method: unbounded.method, headers: unbounded.headers, body }));
        });
      }
      return {
        onRequestParseDone({ requestParserResult }) {
          if (Array.isArray(requestParserResult) && requestParserResult.length > maxBatch) throw batchTooLarge(maxBatch);
        },
      };
    },
  };
}
