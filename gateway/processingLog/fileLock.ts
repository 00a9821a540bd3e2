import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

export interface FileLockOptions {
  /** A lock older than this counts as abandoned even if its pid seems alive (pid reuse). Default 30 s. */
  staleMs?: number;
  /** Give up waiting after this long; the append then fails closed. Default 10 s. */
  timeoutMs?: number;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * A lock file shared by the processes of one machine (`open(…, 'wx')` is atomic), so appends to
 * the log file are serialised across gateway processes. A holder that died (SIGKILL) leaves its
 * file behind; the next process sees the pid is gone and takes the lock over by an atomic rename.
 */
export class FileLock {
  private readonly staleMs: number;
  private readonly timeoutMs: number;

  constructor(
    readonly path: string,
    options: FileLockOptions = {},
  ) {
    this.staleMs = options.staleMs ?? 30_000;
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  async withLock<T>(work: () => Promise<T>): Promise<T> {
    const token = await this.acquire();
    try {
      return await work();
    } finally {
      await this.release(token);
    }
  }

  private async acquire(): Promise<string> {
    await mkdir(dirname(this.path), { recursive: true });
    const token = `${process.pid} ${Date.now()} ${randomUUID()}`;
    const deadline = Date.now() + this.timeoutMs;
    for (let attempt = 0; ; attempt++) {
      if (await this.create(token)) return token;
      const holder = await readFile(this.path, 'utf8').catch(() => null);
      if (holder !== null && this.isStale(holder)) await this.takeOver(holder);
      else if (Date.now() > deadline) throw new Error(`the processing log is locked by another process (${this.path})`);
      else await delay(Math.min(1 + attempt, 20) * Math.random());
    }
  }

  /**
   * Writes the token to a file of its own and links it to the lock path: the link appears with
   * its content or not at all, so a holder killed at any moment never leaves an empty lock.
   */
  private async create(token: string): Promise<boolean> {
    const own = `${this.path}.${randomUUID()}`;
    await writeFile(own, token, { mode: 0o600 });
    try {
      await link(own, this.path);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return false;
    } finally {
      await unlink(own).catch(() => undefined);
    }
  }

  private isStale(holder: string): boolean {
    const [pid, since] = holder.split(' ').map(Number);
    if (!pid || !since) return true; // not a lock this code wrote
    return Date.now() - since > this.staleMs || (pid !== process.pid && !alive(pid));
  }

  /** Moves an abandoned lock aside; if another process just replaced it, puts the live one back. */
  private async takeOver(holder: string): Promise<void> {
    const aside = `${this.path}.stale-${randomUUID()}`;
    try {
      await rename(this.path, aside);
    } catch {
      return; // another process took it over first
    }
    const moved = await readFile(aside, 'utf8').catch(() => holder);
    if (moved !== holder) await link(aside, this.path).catch(() => undefined);
    await unlink(aside).catch(() => undefined);
  }

  private async release(token: string): Promise<void> {
    const current = await readFile(this.path, 'utf8').catch(() => null);
    if (current === token) await unlink(this.path).catch(() => undefined);
  }
}
