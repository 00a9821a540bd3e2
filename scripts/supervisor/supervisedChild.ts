import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { childMessage, type SupervisorMessage } from '../../schema/supervisorMessages.ts';
import type { EntryCommand } from './entryPoints.ts';

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A verb phrase: `was ended by SIGKILL`, `exited with code 1`. */
export const describeExit = ({ code, signal }: ExitStatus) => (signal ? `was ended by ${signal}` : `exited with code ${code}`);

/** Copies a child's output line by line, each line marked with the child's name (unless it marks itself). */
function forward(from: Readable | null, to: Writable, name: string, onLine: (line: string) => void = () => undefined): void {
  if (!from) return;
  createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
    to.write(line.startsWith(`[${name}]`) ? `${line}\n` : `[${name}] ${line}\n`);
    onLine(line);
  });
}

/**
 * One process of one component: spawned with an IPC channel, which carries its URL back (no
 * parsing of what it prints, no port race) and closes when the supervisor dies, so the child
 * stops then too. It runs in a process group of its own, so a Ctrl-C in the terminal reaches the
 * supervisor only, which stops the components in order.
 */
export class SupervisedChild {
  readonly process: ChildProcess;
  /** Resolves when the process has exited, however it ended, and its output has been read to the end. */
  readonly exited: Promise<ExitStatus>;
  /** Resolves with the URL it reports once listening; rejects if it exits first, with a verb phrase saying so. */
  readonly url: Promise<string>;
  /** The last line it wrote to stderr: why it could not start, when it could not. */
  lastError = '';

  constructor(name: string, label: string, command: EntryCommand, env: NodeJS.ProcessEnv) {
    this.process = spawn(process.execPath, command.args, { cwd: command.cwd, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], detached: true });
    forward(this.process.stdout, process.stdout, name);
    // Its own "The … could not start: " is said again by whoever reports the failure.
    forward(this.process.stderr, process.stderr, name, (line) => (this.lastError = line.replace(`The ${label} could not start: `, '')));
    this.exited = new Promise((resolve) => this.process.once('close', (code, signal) => resolve({ code, signal })));
    this.url = new Promise((resolve, reject) => {
      this.process.on('message', (raw) => {
        const message = childMessage(raw);
        if (message?.type === 'ready') resolve(message.url);
      });
      void this.exited.then((status) => reject(new Error(`${describeExit(status)} before it was ready${this.lastError ? `: ${this.lastError}` : ''}`)));
    });
    // A rejection nobody awaits yet (the child died before anyone asked for its URL) is not a crash of the supervisor.
    this.url.catch(() => undefined);
  }

  get pid(): number | null {
    return this.process.pid ?? null;
  }

  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  send(message: SupervisorMessage): void {
    if (this.alive && this.process.connected) this.process.send(message);
  }

  /** Sends URLs of processes started after it and waits until they are in its environment. */
  async tellPeers(env: Record<string, string>): Promise<void> {
    const applied = new Promise<void>((resolve, reject) => {
      const onMessage = (raw: unknown) => {
        if (childMessage(raw)?.type !== 'peers-applied') return;
        this.process.off('message', onMessage);
        resolve();
      };
      this.process.on('message', onMessage);
      void this.exited.then((status) => reject(new Error(`${describeExit(status)} before it took the URLs of the others`)));
    });
    this.send({ type: 'peers', env });
    await applied;
  }

  /** SIGTERM, then SIGKILL if it has not exited within `timeoutMs`; says which it took. */
  async stop(timeoutMs: number): Promise<'stopped' | 'killed'> {
    if (!this.alive) return 'stopped';
    this.process.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const inTime = await Promise.race([this.exited.then(() => true), late]);
    clearTimeout(timer);
    if (inTime) return 'stopped';
    this.kill();
    await this.exited;
    return 'killed';
  }

  /** SIGKILL to its whole process group: a helper it started (tsx's esbuild) goes with it. */
  kill(): void {
    if (!this.alive || this.pid === null) return;
    try {
      process.kill(-this.pid, 'SIGKILL');
    } catch {
      this.process.kill('SIGKILL');
    }
  }
}
