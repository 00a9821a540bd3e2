import { performance } from 'node:perf_hooks';
import { DevIssuer } from '../gateway/devIssuer.ts';
import { pseudonymFor } from '../subgraphs/kit/pseudonym.ts';
import type { Purpose, Role } from '../schema/vocabulary.ts';
import { startHubProcess } from './bench/hubProcess.ts';

/**
 * `npm run bench:oracles`: does a refusal take as long for a child a partner (or the hub) knows as
 * for one it does not? Timing belongs here, never in tests. For each refusal an attacker could
 * probe, requests for a known and an unknown child are sent interleaved, one at a time, and the
 * medians compared; the bodies are compared byte for byte. Env: BENCH_CHILDREN (default 100000),
 * BENCH_ORACLE_ROUNDS (default 300 per child).
 */
const children = process.env.BENCH_CHILDREN ?? '100000';
const rounds = Number(process.env.BENCH_ORACLE_ROUNDS ?? 300);
const hub = await startHubProcess({ DEMO_CHILDREN: children });
const gateway = hub.urlOf('gateway');
const issuer = await DevIssuer.fromFile();
type As = { role: Role; org: string; purpose: Purpose };

async function ask(as: As, query: string): Promise<{ status: number; body: string }> {
  const token = await issuer.issue({ role: as.role, organisation: as.org, professional: `bench-${as.org}` });
  const response = await fetch(gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': as.purpose },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.text() };
}
const ids = async (as: As, query: string, path: (data: any) => { id: string }[]) => path(JSON.parse((await ask(as, query)).body).data).map((c) => c.id);

const kompasPupils = await ids({ role: 'SCHOOL_CARE_COORDINATOR', org: 'school-kompas', purpose: 'CASE_DISCUSSION' }, '{ organisation(id: "school-kompas") { pupils(first: 500) { id } } }', (d) => d.organisation.pupils);
const zonnetjeChildren = await ids({ role: 'CHILDCARE_WORKER', org: 'kdv-zonnetje', purpose: 'CASE_DISCUSSION' }, '{ organisation(id: "kdv-zonnetje") { placedChildren(first: 50) { id } } }', (d) => d.organisation.placedChildren);
const police: As = { role: 'POLICE_OFFICER', org: 'politie-basisteam', purpose: 'CASE_DISCUSSION' };
let policeKnown = '';
for (const id of kompasPupils) {
  const answer = JSON.parse((await ask(police, `{ child(id: "${id}") { policeRegistrations { registeredOn } } }`)).body);
  if (answer.data?.child?.policeRegistrations?.length) {
    policeKnown = id;
    break;
  }
}
const unknown = pseudonymFor('bench-unknown-child', 'no partner holds this one');
const esdoorn: As = { role: 'SCHOOL_CARE_COORDINATOR', org: 'school-esdoorn', purpose: 'SIGNALLING' };
const probes = [
  {
    name: 'registerSignal by a school not involved (NOT_INVOLVED)',
    known: kompasPupils[0] ?? '',
    as: esdoorn,
    query: (id: string) => `mutation { registerSignal(input: { childId: "${id}", childBirthDate: "2015-01-01", contactName: "x" }) { id } }`,
  },
  {
    name: 'prepareWarmHandover by a childcare without the placement',
    known: zonnetjeChildren[0] ?? '',
    as: { role: 'CHILDCARE_WORKER', org: 'kdv-boomhut', purpose: 'WARM_HANDOVER' } as As,
    query: (id: string) =>
      `mutation { prepareWarmHandover(input: { childId: "${id}", toSchoolId: "school-esdoorn", development: "x", vveProgramme: "x", vveDurationMonths: 1, pointsOfAttention: [] }) { id } }`,
  },
  {
    name: 'police registrations for a non-participant (police adapter refuses)',
    known: policeKnown,
    as: { role: 'VEILIG_THUIS_WORKER', org: 'veilig-thuis-regio', purpose: 'CASE_DISCUSSION' } as As,
    query: (id: string) => `{ child(id: "${id}") { policeRegistrations { registeredOn } } }`,
  },
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor(values.length * q)] ?? 0;
console.log(`Ketengraaf refusal timing: ${children} children, ${rounds} interleaved requests per child, one at a time`);
console.log('\n| refusal | known child p50 ms | unknown child p50 ms | ratio | known p90 | unknown p90 | same status and body |\n|---|---|---|---|---|---|---|');
for (const probe of probes) {
  if (!probe.known) {
    console.log(`| ${probe.name} | (no known child found) | | | | | |`);
    continue;
  }
  const times = { known: [] as number[], unknown: [] as number[] };
  const bodies = { known: new Set<string>(), unknown: new Set<string>() };
  for (let i = 0; i < rounds; i++) {
    for (const kind of i % 2 ? (['unknown', 'known'] as const) : (['known', 'unknown'] as const)) {
      const start = performance.now();
      const answer = await ask(probe.as, probe.query(kind === 'known' ? probe.known : unknown));
      times[kind].push(performance.now() - start);
      bodies[kind].add(`${answer.status} ${answer.body.replaceAll(probe.known, '<child>').replaceAll(unknown, '<child>')}`);
    }
  }
  const same = bodies.known.size === 1 && bodies.unknown.size === 1 && [...bodies.known][0] === [...bodies.unknown][0];
  const [k, u] = [median(times.known), median(times.unknown)];
  console.log(`| ${probe.name} | ${k.toFixed(1)} | ${u.toFixed(1)} | ${(u / k).toFixed(2)} | ${quantile(times.known, 0.9).toFixed(1)} | ${quantile(times.unknown, 0.9).toFixed(1)} | ${same ? 'yes' : `NO: ${[...bodies.known][0]?.slice(0, 200)} / ${[...bodies.unknown][0]?.slice(0, 200)}`} |`);
}
hub.stop();
