import { mkdir, open, readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** One file of the log: segment `ordinal`, or ordinal 0 for a log written before segments existed. */
export interface Segment {
  ordinal: number;
  path: string;
}

const NAME = /^(\d{8})\.jsonl$/;

/** Sealed and active segments live in `<log>.segments/`, named by ordinal: `00000001.jsonl`, … */
export const segmentsDir = (base: string) => `${base}.segments`;

/** Ordinal 0 is the log file itself as earlier versions wrote it (one file): it is read, never appended to. */
export const segmentPath = (base: string, ordinal: number) =>
  ordinal === 0 ? base : join(segmentsDir(base), `${String(ordinal).padStart(8, '0')}.jsonl`);

/** How reports name a segment. */
export const segmentLabel = (ordinal: number) => (ordinal === 0 ? 'the unsegmented log file' : `segment ${String(ordinal).padStart(8, '0')}`);

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** The segments in chain order (by ordinal), the unsegmented file of an earlier version first. */
export async function listSegments(base: string): Promise<Segment[]> {
  const names = await readdir(segmentsDir(base)).catch((error: unknown) => (missing(error) ? [] : Promise.reject(error)));
  const ordinals = names.flatMap((name) => {
    const match = NAME.exec(name);
    return match ? [Number(match[1])] : [];
  });
  ordinals.sort((a, b) => a - b);
  const legacy = await stat(base).then((info) => info.isFile(), () => false);
  return [...(legacy ? [0] : []), ...ordinals].map((ordinal) => ({ ordinal, path: segmentPath(base, ordinal) }));
}

/** A file's size, or null when it does not exist. */
export async function sizeOf(path: string): Promise<number | null> {
  return stat(path).then((info) => info.size, (error: unknown) => (missing(error) ? null : Promise.reject(error)));
}

/** fsyncs a directory, so a file created or renamed in it survives a crash (POSIX needs both). */
export async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  await handle.sync().finally(() => handle.close());
}

/** Creates the segments directory (and the log's directory) durably, once. */
export async function ensureSegmentsDir(base: string): Promise<void> {
  const dir = segmentsDir(base);
  if ((await sizeOf(dir)) !== null) return;
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await syncDirectory(dirname(dir));
}
