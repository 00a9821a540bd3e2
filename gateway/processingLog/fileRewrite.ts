import { open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readTail } from '../../schema/fileTail.ts';
import type { StoredEntry } from './processingLogStore.ts';

/** Appends text and fsyncs it before resolving. */
export async function appendDurably(path: string, text: string): Promise<void> {
  const handle = await open(path, 'a', 0o600);
  try {
    await handle.appendFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A line cut off by a crash was never acknowledged; rewriting it whole would turn it into a broken record. */
export async function cutTornLine(path: string): Promise<void> {
  const handle = await open(path, 'r+').catch(() => null);
  if (!handle) return;
  try {
    const tail = await readTail(handle);
    if (tail.completeEnd < tail.size) await handle.truncate(tail.completeEnd);
  } finally {
    await handle.close();
  }
}

/**
 * Replaces the file by its entries without those whose handle is in `remove`: written to a
 * temporary file, fsynced, renamed over the original and the directory fsynced, so a crash leaves
 * either the old file or the new one, never half of one.
 */
export async function rewriteWithout(path: string, entries: AsyncIterable<StoredEntry>, remove: ReadonlySet<string>): Promise<void> {
  const temporary = `${path}.prune-${process.pid}`;
  const output = await open(temporary, 'w', 0o600);
  try {
    let pending = '';
    for await (const entry of entries) {
      if (!remove.has(entry.handle)) pending += `${entry.raw}\n`;
      if (pending.length > 1 << 20) {
        await output.appendFile(pending);
        pending = '';
      }
    }
    await output.appendFile(pending);
    await output.sync();
  } finally {
    await output.close();
  }
  await rename(temporary, path);
  const directory = await open(dirname(path), 'r');
  await directory.sync().finally(() => directory.close());
}
