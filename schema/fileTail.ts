import type { FileHandle } from 'node:fs/promises';

const CHUNK = 64 * 1024;
const NEWLINE = 0x0a;

/**
 * The last complete line of a JSONL file and the byte offset where the complete lines end. A
 * line without its newline is a write cut off by a crash before it was acknowledged (an append
 * fsyncs the whole line before it returns), so the appender cuts it off at `completeEnd`.
 * Works on bytes, so a chunk boundary inside a multi-byte character does no harm.
 */
export async function readTail(handle: FileHandle): Promise<{ lastLine: string | null; completeEnd: number; size: number }> {
  const { size } = await handle.stat();
  let start = size;
  let bytes = Buffer.alloc(0);
  // Read backwards until the bytes hold the newline before the last complete line, or the start.
  while (start > 0) {
    const length = Math.min(CHUNK, start);
    start -= length;
    const chunk = Buffer.alloc(length);
    await handle.read(chunk, 0, length, start);
    bytes = Buffer.concat([chunk, bytes]);
    const last = bytes.lastIndexOf(NEWLINE);
    if (last > 0 && bytes.lastIndexOf(NEWLINE, last - 1) >= 0) break;
  }
  const last = bytes.lastIndexOf(NEWLINE);
  if (last < 0) return { lastLine: null, completeEnd: 0, size };
  const lineStart = last > 0 ? bytes.lastIndexOf(NEWLINE, last - 1) + 1 : 0;
  return { lastLine: bytes.subarray(lineStart, last).toString('utf8'), completeEnd: start + last + 1, size };
}
