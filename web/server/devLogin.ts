import type { IncomingMessage } from 'node:http';
import type { DevIssuer } from '../../gateway/devIssuer.ts';
import { covenantOrganisations } from '../../schema/covenant.ts';
import { ROLE_ORGANISATION_TYPES } from '../../schema/roleOrganisations.ts';
import { isRole } from '../../schema/vocabulary.ts';

/** How long a development token holds: a working day would be long for a token in a browser. */
const DEV_TOKEN_LIFETIME = '2h';
const MAX_BODY_BYTES = 4096;

export type DevLoginAnswer = { status: 200; body: { token: string; expiresIn: string } } | { status: 400 | 403 | 415; body: { error: string } };

async function readJson(request: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('too large');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/**
 * `POST /dev/token {role, organisation}`: a token of the development issuer, the same one
 * `npm run token` signs with. It exists only in development mode (the web server does not even
 * route it otherwise). JSON only and from the app's own origins (loopback names, not the Host header,
 * so a rebound DNS name does not count): a page elsewhere cannot send JSON without a preflight, which
 * this server never answers, so it cannot mint tokens in a visitor's name.
 */
export async function devLogin(request: IncomingMessage, issuer: DevIssuer, ownOrigins: readonly string[]): Promise<DevLoginAnswer> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return { status: 415, body: { error: 'Send JSON: {"role": "...", "organisation": "..."}' } };
  const origin = request.headers.origin;
  if (origin !== undefined && !ownOrigins.includes(origin)) return { status: 403, body: { error: 'The development login answers the app on its own origin only.' } };
  let input: { role?: unknown; organisation?: unknown };
  try {
    input = (await readJson(request)) as typeof input;
  } catch {
    return { status: 400, body: { error: 'The body is not JSON of at most 4 KiB.' } };
  }
  if (!isRole(input.role)) return { status: 400, body: { error: 'role must be one of the covenant roles.' } };
  const organisation = covenantOrganisations().find((org) => org.id === input.organisation);
  if (!organisation) return { status: 400, body: { error: 'organisation must be a covenant organisation.' } };
  if (!ROLE_ORGANISATION_TYPES[input.role].includes(organisation.type)) return { status: 400, body: { error: `Role ${input.role} does not work for ${organisation.id}.` } };
  const professional = `dev-${input.role.toLowerCase().replace(/_/g, '-')}-${organisation.id}`;
  const token = await issuer.issue({ role: input.role, organisation: organisation.id, professional, expiresIn: DEV_TOKEN_LIFETIME });
  return { status: 200, body: { token, expiresIn: DEV_TOKEN_LIFETIME } };
}
