import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('../..', import.meta.url).pathname;

export interface BenchProcess {
  name: string;
  child: ChildProcess;
  /** Everything it printed, for the URLs it announces. */
  output: () => string;
  stop(): Promise<void>;
}

/**
 * The benchmarks' callers are one professional each sending hundreds of requests a second (the
 * set-up, the load): the gateway's rate limit per professional is lifted for them, so the figures
 * measure the hub's work, not its refusals. `npm run bench:hostile` measures each limit apart.
 */
export const UNLIMITED_RATE = { KETENGRAAF_MAX_REQUESTS_PER_WINDOW: '1000000000' } as const;

// Whatever is still running when the bench exits (it failed half-way) is stopped with it, so
// no gateway or subgraph is left behind to load the machine.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGINT');
});

/**
 * Starts one compiled process (`dist/…`, as production runs, not `tsx`) and resolves once it
 * prints `ready`; rejects with its output if it exits first.
 */
export async function startProcess(name: string, script: string, env: NodeJS.ProcessEnv, ready: RegExp, nodeArgs: readonly string[] = [], timeoutMs = 600_000): Promise<BenchProcess> {
  const child = spawn(process.execPath, [...nodeArgs, `dist/${script}`], { cwd: root, env: { ...process.env, NODE_ENV: 'development', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} was not ready within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const check = () => {
      if (!ready.test(output)) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before it was ready:\n${output}`));
    });
  });
  return {
    name,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await exited;
    },
  };
}

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat; Linux clock ticks are 1/100 s. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Resident memory now and at its peak (VmHWM), in MiB, and of the resident memory now what is
 * file-backed (RssFile: mapped files such as the log index's LMDB map, which the kernel can drop).
 */
export function memoryMiB(pid: number): { rss: number; peak: number; file: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024, file: kib('RssFile') / 1024 };
}
