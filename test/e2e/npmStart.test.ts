import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from '../harness/postGraphQL.ts';
import { runToken } from '../harness/runScript.ts';

// `npm start` as a new user runs it: a real process, waited on by its health check, queried over
// HTTP with a token from `npm run token`, and stopped with Ctrl-C (SIGINT).
let hub: ChildProcess;
let output = '';
let gatewayUrl = '';

beforeAll(async () => {
  hub = spawn('npm', ['start'], {
    cwd: new URL('../..', import.meta.url).pathname,
    // NODE_ENV as a user has it: vitest's 'test' would silently turn off Apollo's signal handling.
    env: { ...process.env, NODE_ENV: 'development', DEMO_PORTS: 'ephemeral', DEMO_CHILDREN: '300', PORT: '0', REDIS_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  hub.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  hub.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 90_000;
  while (!gatewayUrl) {
    if (Date.now() > deadline || hub.exitCode !== null) throw new Error(`npm start did not come up:\n${output}`);
    gatewayUrl = /gateway\s+(http:\S+)/.exec(output)?.[1] ?? '';
    if (!gatewayUrl) await new Promise((resolve) => hub.stdout?.once('data', resolve));
  }
  for (;;) {
    const health = await fetch(new URL('/health', gatewayUrl)).catch(() => null);
    if (health?.ok) break;
    if (Date.now() > deadline) throw new Error(`the hub never became healthy:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200)); // poll interval of the health check, not a start-up guess
  }
}, 120_000);

afterAll(async () => {
  if (hub && hub.exitCode === null && hub.signalCode === null) {
    try {
      process.kill(-(hub.pid ?? 0), 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

describe('npm start', () => {
  it('serves the graph to a professional with a development token, and refuses one without', async () => {
    const token = await runToken(['--role', 'SCHOOL_CARE_COORDINATOR', '--org', 'school-esdoorn']);
    const query = /* GraphQL */ `{ organisation(id: "school-esdoorn") { name pupils(first: 2) { id schoolEnrolment { group school { id } } } } }`;
    const { status, body } = await postGraphQL(gatewayUrl, query, { headers: { authorization: `Bearer ${token}`, 'x-purpose': 'CASE_DISCUSSION' } });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.organisation.name).toMatch(/Esdoorn/);
    expect(body.data.organisation.pupils).toHaveLength(2);
    expect(body.data.organisation.pupils[0].schoolEnrolment.school.id).toBe('school-esdoorn');

    const anonymous = await postGraphQL(gatewayUrl, query);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.data).toBeUndefined();
    expect(anonymous.body.errors?.[0]?.message).toMatch(/npm run token/);
  });

  it('stops every server cleanly on Ctrl-C', async () => {
    process.kill(-(hub.pid ?? 0), 'SIGINT');
    const [code, signal] = (await once(hub, 'exit')) as [number | null, NodeJS.Signals | null];
    expect(output).toContain('Stopped.');
    // npm itself may end by the signal it forwarded; the hub's own process exits 0 after "Stopped."
    expect(code === 0 || code === 130 || signal === 'SIGINT').toBe(true);
    expect(output).not.toMatch(/Error|could not/);
    await expect(fetch(new URL('/health', gatewayUrl))).rejects.toThrow();
  });
});
