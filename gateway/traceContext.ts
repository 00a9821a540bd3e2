import { randomBytes } from 'node:crypto';

const TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** Continues the client's W3C trace (`traceparent`), or starts one. */
export function traceparentOf(header: string | null | undefined): string {
  if (header && TRACEPARENT.test(header) && !header.startsWith('00-00000000000000000000000000000000')) return header;
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;
}
