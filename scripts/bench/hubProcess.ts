import { spawn, type ChildProcess } from 'node:child_process';
import { UNLIMITED_RATE } from './processes.ts';

/** A hub started as `npm start` starts it, in its own process on free ports, for a benchmark. */
export interface HubProcess {
  process: ChildProcess;
  /** The URL `npm start` printed for a component (`gateway`, `school`, ...). */
  urlOf(name: string): string;
  startupMs: number;
  stop(): void;
}

export async function startHubProcess(env: NodeJS.ProcessEnv): Promise<HubProcess> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { ...process.env, NODE_ENV: 'development', DEMO_PORTS: 'ephemeral', PORT: '0', ...UNLIMITED_RATE, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Stop with Ctrl-C')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the hub exited (${code}) before it was ready:\n${output}`)));
  });
  return {
    process: child,
    urlOf: (name) => new RegExp(`^\\s+${name}\\s+(http\\S+)`, 'm').exec(output)?.[1] ?? '',
    startupMs: Date.now() - started,
    stop: () => void child.kill('SIGINT'),
  };
}
