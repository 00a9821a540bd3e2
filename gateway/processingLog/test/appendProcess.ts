import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

const SCRIPT = new URL('./appendLoop.ts', import.meta.url).pathname;

export interface AppendProcess {
  child: ChildProcess;
  /** Record ids the process printed as acknowledged, in order. */
  acknowledged: string[];
  /** Resolves when `count` records are acknowledged. */
  acknowledgedAtLeast(count: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `appendLoop.ts` in its own Node process (through tsx), with the given environment. */
export function startAppendProcess(env: Record<string, string>): AppendProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const acknowledged: string[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const [word, , recordId] = line.split(' ');
    if (word !== 'ack' || !recordId) return;
    acknowledged.push(recordId);
    for (const waiter of waiters.filter((w) => acknowledged.length >= w.count)) waiter.resolve();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    acknowledged,
    exited,
    acknowledgedAtLeast: (count) =>
      new Promise<void>((resolve, reject) => {
        if (acknowledged.length >= count) return resolve();
        waiters.push({ count, resolve });
        void exited.then(({ code, signal }) => reject(new Error(`the append process exited (${code ?? signal}) after ${acknowledged.length} records:\n${stderr}`)));
      }),
  };
}
