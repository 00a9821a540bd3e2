import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { CryptoKey } from 'jose';
import { verifyCallerContext } from '../../schema/callerContext.ts';
import type { Caller } from '../../schema/caller.ts';
import { ErrorCode, hubError } from '../../schema/errors.ts';

/**
 * An internal route between the hub's own services (`POST /grants` at casus, `POST /involvement`
 * at a partner adapter). Each accepts exactly one kind of narrow context, addressed to it, over
 * POST with a JSON body, and does exactly one thing: no GraphQL document is parsed, so what is
 * checked is what runs.
 */
export interface InternalRoute {
  /** The header the narrow context arrives in. */
  header: string;
  /** The one audience accepted here (e.g. `ketengraaf-grants`). */
  audience: string;
  /** Answers the request for the verified caller; throws a hub error to refuse. */
  handle(caller: Caller, body: unknown): Promise<unknown>;
}

/** The answer of an internal route: an HTTP status and a JSON body. */
export interface RouteAnswer {
  status: number;
  body: unknown;
}

const refusal = (status: number, code: string, message: string): RouteAnswer => ({ status, body: { errors: [{ message, extensions: { code } }] } });

/** Runs one internal route: method, context and body are checked before the handler sees anything. */
export async function answerInternalRoute(route: InternalRoute, request: IncomingMessage, body: unknown, publicKey: CryptoKey): Promise<RouteAnswer> {
  if (request.method !== 'POST') return refusal(405, ErrorCode.BAD_USER_INPUT, 'This route answers POST only.');
  const raw = request.headers[route.header];
  const token = Array.isArray(raw) ? raw[0] : raw;
  if (!token) return refusal(401, ErrorCode.UNAUTHENTICATED, 'This route answers only the Ketengraaf hub (no context).');
  let caller: Caller;
  try {
    caller = (await verifyCallerContext(token, publicKey, [route.audience])).caller;
  } catch {
    return refusal(401, ErrorCode.UNAUTHENTICATED, 'The context is invalid, expired or meant for another route.');
  }
  try {
    return { status: 200, body: { data: await route.handle(caller, body) } };
  } catch (error) {
    if (error instanceof GraphQLError) return { status: 400, body: { errors: [error.toJSON()] } };
    throw error;
  }
}

/** Most children one internal request may name (a page of a list). */
export const MAX_CHILDREN_PER_REQUEST = 1000;

/** Reads `{ childIds: [...] }`, at most `MAX_CHILDREN_PER_REQUEST` strings; a malformed id answers as an unknown child. */
export function childIdsOf(body: unknown): string[] {
  const ids = typeof body === 'object' && body !== null ? (body as { childIds?: unknown }).childIds : undefined;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
    throw hubError(ErrorCode.BAD_USER_INPUT, 'The body must be { "childIds": [pseudonyms] }.');
  }
  if (ids.length > MAX_CHILDREN_PER_REQUEST) throw hubError(ErrorCode.BAD_USER_INPUT, `childIds holds at most ${MAX_CHILDREN_PER_REQUEST} ids per request.`);
  return ids as string[];
}
