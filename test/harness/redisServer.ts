import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';

/** How a test's own `redis-server` runs. */
export interface RedisServerOptions {
  /** Append-only file (AOF) in `dir`, for durability tests. Default: no persistence at all. */
  appendOnly?: { dir: string; fsync: 'always' | 'everysec' };
  /** How long to wait for the server to answer PING. Default 10 s. */
  startTimeoutMs?: number;
  /** Listen on this port (a node restarted where it was); default: a free one. */
  port?: number;
  /** More `redis-server` arguments, given the port it listens on (a cluster node's config file and bus port). */
  extraArgs?: (port: number) => Promise<string[]> | string[];
}

export interface RunningRedis {
  url: string;
  port: number;
  process: ChildProcess;
  /** Stops the server (SIGTERM) and resolves when it has exited. */
  stop(): Promise<void>;
}

/** Whether `redis-server` is on the PATH (Debian: `apt-get install -y redis-server`). */
export function redisServerInstalled(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** A port the OS just handed out; redis-server cannot listen on port 0 itself. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Sends one PING over a raw socket; true when the server answers PONG. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(1000);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function launch(port: number, options: RedisServerOptions): Promise<ChildProcess> {
  const persistence = options.appendOnly
    ? ['--appendonly', 'yes', '--appendfsync', options.appendOnly.fsync, '--dir', options.appendOnly.dir]
    : ['--appendonly', 'no', '--dir', tmpdir()];
  const extra = (await options.extraArgs?.(port)) ?? [];
  return spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence, ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Waits until the server logs that it accepts connections and then answers PING: started on a
 * signal, never on a fixed sleep. Rejects when the process exits first (port taken) or on timeout.
 */
function ready(child: ChildProcess, port: number, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => fail(new Error(`redis-server did not answer PING within ${timeoutMs} ms:\n${log}`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    child.once('exit', (code) => fail(new Error(`redis-server exited (code ${code}) before it was ready:\n${log}`)));
    child.stdout?.on('data', async (chunk: Buffer) => {
      log += chunk.toString();
      if (!/Ready to accept connections/.test(log)) return;
      child.stdout?.removeAllListeners('data');
      if (await ping(port)) {
        clearTimeout(timer);
        resolve();
      } else fail(new Error(`redis-server said it was ready but does not answer PING on port ${port}`));
    });
  });
}

/** Starts a private `redis-server` on a free port; a few tries in case another process took the port. */
export async function startRedisServer(options: RedisServerOptions = {}): Promise<RunningRedis> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = options.port ?? (await freePort());
    const child = await launch(port, options);
    try {
      await ready(child, port, options.startTimeoutMs ?? 10_000);
    } catch (error) {
      lastError = error;
      child.kill('SIGKILL');
      continue;
    }
    child.removeAllListeners('exit');
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    return {
      url: `redis://127.0.0.1:${port}`,
      port,
      process: child,
      stop: async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        await exited;
      },
    };
  }
  throw lastError;
}
