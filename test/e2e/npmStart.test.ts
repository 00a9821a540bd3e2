import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '../../schema/subgraphs.ts';
import type { ProcessState } from '../../schema/supervisorMessages.ts';
import { postGraphQL } from '../harness/postGraphQL.ts';
import { runToken } from '../harness/runScript.ts';

// `npm start` as a new user runs it: one command that runs every component in its own process,
// waited on by the gateway's health check and queried over HTTP with a token from `npm run token`.
// A subgraph killed with SIGKILL is named by /health while the others keep answering, and comes
// back; Ctrl-C (SIGINT) stops every process.
let hub: ChildProcess;
let output = '';
let gatewayUrl = '';

interface Health {
  ok: boolean;
  subgraphs: Record<string, string>;
  processes: Record<string, ProcessState>;
}
const health = async (): Promise<Health> => (await fetch(new URL('/health', gatewayUrl))).json() as Promise<Health>;

/** Asks /health until `holds` (a deadline only to fail, not a guess of how long it takes). */
async function untilHealth(holds: (health: Health) => boolean, what: string): Promise<Health> {
  for (const deadline = Date.now() + 60_000; ; ) {
    const current = await health().catch(() => null);
    if (current && holds(current)) return current;
    if (Date.now() > deadline) throw new Error(`/health never showed ${what}: ${JSON.stringify(current)}\n${output}`);
    await delay(100);
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

beforeAll(async () => {
  hub = spawn('npm', ['start'], {
    cwd: new URL('../..', import.meta.url).pathname,
    // NODE_ENV as a user has it: vitest's 'test' would silently turn off Apollo's signal handling.
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DEMO_PORTS: 'ephemeral',
      DEMO_CHILDREN: '300',
      PORT: '0',
      REDIS_URL: '',
      KETENGRAAF_COMPILED: '0',
      KETENGRAAF_LOG_FILE: join(mkdtempSync(join(tmpdir(), 'ketengraaf-e2e-')), 'processing-log.jsonl'),
      KETENGRAAF_DISCLOSURE_LOG_DIR: mkdtempSync(join(tmpdir(), 'ketengraaf-e2e-disclosures-')),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  hub.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  hub.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 120_000;
  while (!gatewayUrl) {
    if (Date.now() > deadline || hub.exitCode !== null) throw new Error(`npm start did not come up:\n${output}`);
    gatewayUrl = /^\s+gateway\s+(http:\S+)/m.exec(output)?.[1] ?? '';
    if (!gatewayUrl) await new Promise((resolve) => hub.stdout?.once('data', resolve));
  }
  await untilHealth((current) => current.ok, 'a healthy hub');
}, 150_000);

afterAll(async () => {
  if (hub && hub.exitCode === null && hub.signalCode === null) {
    try {
      process.kill(-(hub.pid ?? 0), 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

const coordinator = async () => ({ authorization: `Bearer ${await runToken(['--role', 'SCHOOL_CARE_COORDINATOR', '--org', 'school-esdoorn'])}`, 'x-purpose': 'CASE_DISCUSSION' });
// casus (the organisation, the signals), school (the pupils) and veiligthuis (which refuses its field per child).
const ACROSS = /* GraphQL */ `{ organisation(id: "school-esdoorn") { name pupils(first: 2) { id schoolEnrolment { group } veiligThuisStatus { stage } } } mySignals { id } }`;

describe('npm start', () => {
  it('serves the graph to a professional with a development token, and refuses one without', async () => {
    const query = /* GraphQL */ `{ organisation(id: "school-esdoorn") { name pupils(first: 2) { id schoolEnrolment { group school { id } } } } }`;
    const { status, body } = await postGraphQL(gatewayUrl, query, { headers: await coordinator() });
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

  it('runs the gateway, every subgraph and every demo partner system as a process of its own, each shown in /health', async () => {
    const { processes } = await health();
    expect(Object.keys(processes).sort()).toEqual(
      ['gateway', 'web', ...SUBGRAPHS.map((s) => s.name), ...SUBGRAPHS.filter((s) => s.partnerPort !== null).map((s) => `${s.name}-system`)].sort(),
    );
    const pids = Object.values(processes).map(({ pid }) => pid ?? 0);
    expect(Object.values(processes).every(({ state, restarts }) => state === 'running' && restarts === 0)).toBe(true);
    expect(new Set(pids).size).toBe(pids.length);
    expect(pids.every(alive)).toBe(true);
    expect(pids).not.toContain(hub.pid);
  });

  it('keeps answering when a subgraph process is killed, names it in /health, and restarts it', async () => {
    const headers = await coordinator();
    const healthy = await postGraphQL(gatewayUrl, ACROSS, { headers });
    expect(healthy.body.data.organisation.name).toMatch(/Esdoorn/);
    expect(healthy.body.data.organisation.pupils.map((pupil: { schoolEnrolment: unknown }) => pupil.schoolEnrolment)).toEqual([{ group: expect.any(String) }, { group: expect.any(String) }]);
    expect(healthy.body.data.mySignals).toEqual([]);
    // veiligthuis answered: it refused its field for these children itself.
    expect(healthy.body.errors?.map((e) => [e.extensions?.code, e.extensions?.serviceName])).toEqual([
      ['FORBIDDEN_FIELD', 'veiligthuis'],
      ['FORBIDDEN_FIELD', 'veiligthuis'],
    ]);

    // Killed, and asked before it is back; should the restart win that race, kill it again.
    let killed = 0;
    let down: { health: Health; answer: Awaited<ReturnType<typeof postGraphQL>> } | null = null;
    for (let attempt = 0; attempt < 5 && !down; attempt++) {
      killed = (await untilHealth((current) => current.ok, 'a healthy hub')).processes.veiligthuis?.pid ?? 0;
      process.kill(killed, 'SIGKILL');
      const answer = await postGraphQL(gatewayUrl, ACROSS, { headers });
      const now = await health();
      if (now.processes.veiligthuis?.state === 'restarting') down = { health: now, answer };
    }
    if (!down) throw new Error(`the killed veiligthuis subgraph was never seen down:\n${output}`);
    expect(alive(killed)).toBe(false);
    expect(down.health.ok).toBe(false);
    expect(down.health.subgraphs).toMatchObject({ veiligthuis: 'unavailable', school: 'ok', casus: 'ok' });
    expect(down.health.processes.school?.state).toBe('running');
    // The other subgraphs' fields still answer; the killed one's are named unavailable.
    expect(down.answer.status).toBe(200);
    expect(down.answer.body.data.organisation.name).toMatch(/Esdoorn/);
    expect(down.answer.body.data.organisation.pupils.map((pupil: { schoolEnrolment: unknown }) => pupil.schoolEnrolment)).toEqual(
      healthy.body.data.organisation.pupils.map((pupil: { schoolEnrolment: unknown }) => pupil.schoolEnrolment),
    );
    expect(down.answer.body.data.mySignals).toEqual([]);
    expect(down.answer.body.errors?.map((e) => e.extensions)).toEqual([{ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'veiligthuis' }]);

    const back = await untilHealth((current) => current.ok && current.processes.veiligthuis?.state === 'running', 'veiligthuis running again');
    expect(back.processes.veiligthuis?.pid).not.toBe(killed);
    expect(back.processes.veiligthuis?.restarts).toBeGreaterThanOrEqual(1);
    const again = await postGraphQL(gatewayUrl, ACROSS, { headers });
    expect(again.body).toEqual(healthy.body);
    expect(output).toMatch(new RegExp(`veiligthuis subgraph \\(pid ${killed}\\) was ended by SIGKILL: restarting it`));
    expect(output).toMatch(/veiligthuis subgraph is back at http/);
  }, 120_000);

  it('lets casus ask the school adapter, whose URL it was told after both started', async () => {
    const headers = { ...(await coordinator()), 'x-purpose': 'SIGNALLING' };
    const pupils = await postGraphQL(gatewayUrl, /* GraphQL */ `{ organisation(id: "school-esdoorn") { pupils(first: 1) { id } } }`, { headers });
    const { body } = await postGraphQL(gatewayUrl, /* GraphQL */ `mutation ($id: ID!) { registerSignal(input: { childId: $id, childBirthDate: "2015-01-01", domain: EDUCATION, contactName: "IB'er" }) { id } }`, {
      variables: { id: pupils.body.data.organisation.pupils[0].id },
      headers,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.registerSignal.id).toMatch(/^sig_/);
  });

  it('lets the auditlog process read what the gateway process logged', async () => {
    const pupils = await postGraphQL(gatewayUrl, /* GraphQL */ `{ organisation(id: "school-esdoorn") { pupils(first: 1) { id schoolEnrolment { group } } } }`, { headers: await coordinator() });
    const childId: string = pupils.body.data.organisation.pupils[0].id;
    const officer = await runToken(['--role', 'PRIVACY_OFFICER', '--org', 'gemeente-demo']);
    const { body } = await postGraphQL(gatewayUrl, /* GraphQL */ `query ($id: ID!) { childProcessingLog(childId: $id) { role organisation { id } fieldsReleased } }`, {
      variables: { id: childId },
      headers: { authorization: `Bearer ${officer}`, 'x-purpose': 'DATA_SUBJECT_ACCESS' },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.childProcessingLog).toContainEqual({ role: 'SCHOOL_CARE_COORDINATOR', organisation: { id: 'school-esdoorn' }, fieldsReleased: expect.arrayContaining(['Child.schoolEnrolment']) });
  });

  it('stops every process on Ctrl-C and leaves none behind', async () => {
    const pids = Object.values((await health()).processes).map(({ pid }) => pid ?? 0);
    const before = output.length;
    process.kill(-(hub.pid ?? 0), 'SIGINT');
    const [code, signal] = (await once(hub, 'exit')) as [number | null, NodeJS.Signals | null];
    expect(output).toContain('Stopped.');
    // npm itself may end by the signal it forwarded; the hub's own process exits 0 after "Stopped."
    expect(code === 0 || code === 130 || signal === 'SIGINT').toBe(true);
    expect(output.slice(before)).not.toMatch(/Error|could not|restarting|killed it/);
    expect(pids.filter(alive)).toEqual([]);
    await expect(fetch(new URL('/health', gatewayUrl))).rejects.toThrow();
  });
});
