import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

/** One line of a segment and where its bytes are. */
export interface SegmentLine {
  /** Byte offset of the line's first byte. */
  offset: number;
  /** Bytes of the line without its newline. */
  length: number;
  text: string;
  /** False for a last line without its newline: a write a crash cut off. */
  complete: boolean;
}

/**
 * How the file store reads its segments. Tests wrap it to count what a query reads, to prove that
 * a data-subject query reads that child's records and not the log.
 */
export interface SegmentIo {
  /** The lines of a segment from byte `start` (0: the whole segment); none when it does not exist. */
  lines(path: string, start?: number): AsyncIterable<SegmentLine>;
  /** The bytes `offset .. offset + length` of each range of one segment, as text, in one open of the file (read in parallel). */
  readAt(path: string, ranges: readonly { offset: number; length: number }[]): Promise<string[]>;
}

const NEWLINE = 0x0a;

async function* lines(path: string, start = 0): AsyncIterable<SegmentLine> {
  const input = createReadStream(path, { start, highWaterMark: 1 << 20 });
  let pending: Buffer = Buffer.alloc(0);
  let offset = start;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      const bytes: Buffer = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
      let from = 0;
      for (let end = bytes.indexOf(NEWLINE, from); end >= 0; end = bytes.indexOf(NEWLINE, from)) {
        yield { offset, length: end - from, text: bytes.toString('utf8', from, end), complete: true };
        offset += end - from + 1;
        from = end + 1;
      }
      pending = bytes.subarray(from);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (pending.length > 0) yield { offset, length: pending.length, text: pending.toString('utf8'), complete: false };
}

async function readAt(path: string, ranges: readonly { offset: number; length: number }[]): Promise<string[]> {
  const handle = await open(path, 'r');
  try {
    // In parallel: a cold record is a random read of the disk, and the thread pool can wait for several at once.
    return await Promise.all(
      ranges.map(async ({ offset, length }) => {
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        return buffer.toString('utf8', 0, bytesRead);
      }),
    );
  } finally {
    await handle.close();
  }
}

/** The segments as they are on disk. */
export const diskSegments: SegmentIo = { lines, readAt };
