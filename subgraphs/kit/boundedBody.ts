/** 20 MiB: a page of 5,000 identities or one batch of FHIR resources is a few MiB at most. */
export const DEFAULT_MAX_RESPONSE_BYTES = 20 * 1024 * 1024;

/** Thrown when a body passes its cap; the caller turns it into a TOO_LARGE failure. */
export class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
  constructor(readonly limit: number) {
    super(`the body exceeds ${limit} bytes`);
  }
}

/**
 * Reads a response body as text, but never more than `limit` bytes: a declared
 * `content-length` above it is refused before a byte is read, and a streamed body is cancelled
 * the moment it passes the cap. Without this one runaway answer (a partner bug, a search without
 * its filter) would be buffered whole in the adapter's memory, which every request shares.
 */
export async function readBounded(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyTooLarge(limit);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}
