import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProcessState } from '../../schema/supervisorMessages.ts';
import type { ComponentSpec } from './hubComponents.ts';
import { Supervisor } from './supervisor.ts';
import { fixtureEntryPoints, fixtureSpec } from './test/fixtureSpecs.ts';

// The supervisor of `npm start` on stand-in components (test/fixtureComponent.ts): real processes,
// so start order, restarts, stop order and the kill after a stop timeout are the real thing.
const running: Supervisor[] = [];
const logged: string[] = [];
function supervise(specs: ComponentSpec[], options: { stopTimeoutMs?: number } = {}): Supervisor {
  const supervisor = new Supervisor(specs, { entryPoints: fixtureEntryPoints, sharedEnv: process.env, backoff: { firstMs: 50 }, log: (line) => logged.push(line), ...options });
  running.push(supervisor);
  return supervisor;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((supervisor) => supervisor.stop()));
  logged.length = 0;
});

const envOf = async (url: string): Promise<NodeJS.ProcessEnv> => (await fetch(new URL('/env', url))).json() as Promise<NodeJS.ProcessEnv>;
/** Whether the process exists and is not a zombie waiting to be reaped. */
const alive = (pid: number | null) => {
  try {
    return pid !== null && !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};
/** Waits until `holds` (the deadline only fails the test; it is no guess of a duration). */
async function until(holds: () => boolean, what: string): Promise<void> {
  for (const deadline = Date.now() + 20_000; !holds(); await delay(20)) if (Date.now() > deadline) throw new Error(`never: ${what}`);
}

describe('the supervisor', () => {
  it('starts each component once what it needs is healthy, and tells one the URLs of those started after it', async () => {
    const supervisor = supervise([
      // a is told b's URL once b runs; b needs a's URL to start; c needs both.
      fixtureSpec('a', { tells: ['b'], env: (urlOf) => ({ SUBGRAPH_B_URL: urlOf('b') }) }),
      fixtureSpec('b', { needs: ['a'], env: (urlOf) => ({ CASUS_URL: urlOf('a') }) }),
      fixtureSpec('c', { needs: ['a', 'b'], env: (urlOf) => ({ A_URL: urlOf('a'), B_URL: urlOf('b') }) }),
    ]);
    const urls = await supervisor.start();
    expect((await envOf(urls.b ?? '')).CASUS_URL).toBe(urls.a);
    expect(await envOf(urls.c ?? '')).toMatchObject({ A_URL: urls.a, B_URL: urls.b });
    expect((await envOf(urls.a ?? '')).SUBGRAPH_B_URL).toBe(urls.b);
    expect(Object.values(supervisor.states()).map(({ state }) => state)).toEqual(['running', 'running', 'running']);
  });

  it('restarts a killed component on the same port and says so', async () => {
    const supervisor = supervise([fixtureSpec('a')]);
    const { a: url } = await supervisor.start();
    const killed = supervisor.states().a?.pid ?? 0;
    process.kill(killed, 'SIGKILL');
    await until(() => supervisor.states().a?.state === 'restarting', 'a restarting');
    await until(() => supervisor.states().a?.state === 'running', 'a running again');
    expect(supervisor.states().a).toMatchObject({ restarts: 1 } satisfies Partial<ProcessState>);
    expect(supervisor.states().a?.pid).not.toBe(killed);
    expect((await fetch(new URL('/health', url))).ok).toBe(true);
    expect(logged).toEqual([`The a fixture (pid ${killed}) was ended by SIGKILL: restarting it in 0.05 s.`, `The a fixture is back at ${url} (pid ${supervisor.states().a?.pid}).`]);
  });

  it('stops the components after those that need them, and kills one that does not stop', async () => {
    const stopLog = join(mkdtempSync(join(tmpdir(), 'ketengraaf-supervisor-')), 'stopped');
    const supervisor = supervise(
      [
        fixtureSpec('a', { extra: { FIXTURE_STOP_LOG: stopLog } }),
        fixtureSpec('b', { needs: ['a'], extra: { FIXTURE_STOP_LOG: stopLog, FIXTURE_IGNORE_SIGTERM: '1' } }),
        fixtureSpec('c', { needs: ['b'], extra: { FIXTURE_STOP_LOG: stopLog } }),
      ],
      { stopTimeoutMs: 300 },
    );
    await supervisor.start();
    const pids = Object.values(supervisor.states()).map(({ pid }) => pid);
    await supervisor.stop();
    // b ignored SIGTERM, so it never ran its stop; a stopped only after b was killed.
    expect(readFileSync(stopLog, 'utf8').split('\n').filter(Boolean)).toEqual(['c', 'a']);
    expect(logged).toEqual(['The b fixture did not stop within 0.3 s after SIGTERM: killed it.']);
    expect(pids.filter(alive)).toEqual([]);
    expect(Object.values(supervisor.states()).map(({ state }) => state)).toEqual(['stopped', 'stopped', 'stopped']);
  });

  it('fails to start with the reason the component gave, and stops what did start', async () => {
    const supervisor = supervise([fixtureSpec('a'), fixtureSpec('b', { needs: ['a'], extra: { FIXTURE_FAIL: 'SETTING_X is not set: set it to y' } })]);
    await expect(supervisor.start()).rejects.toThrow(/^the b fixture exited with code 1 before it was ready: SETTING_X is not set: set it to y$/);
    const pid = supervisor.states().a?.pid ?? null;
    await supervisor.stop();
    expect(alive(pid)).toBe(false);
  });

  it('leaves no process behind when the supervisor itself is killed', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./test/fixtureSupervisor.ts', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [first] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
    const pids = Object.values(JSON.parse(first) as Record<string, ProcessState>).map(({ pid }) => pid);
    expect(pids.every(alive)).toBe(true);
    child.kill('SIGKILL');
    // Their IPC channel closed with the supervisor, and each stopped itself.
    await until(() => !pids.some(alive), 'every component gone');
  });
});
