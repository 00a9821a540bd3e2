import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { DevIssuer } from '../gateway/devIssuer.ts';
import { generateContextKeys } from '../schema/callerContext.ts';
import { SUBGRAPHS } from '../schema/subgraphs.ts';
import { DEFAULT_SEED } from '../demo/synthetic/population.ts';
import { cpuSeconds, memoryMiB, startProcess, UNLIMITED_RATE, type BenchProcess } from './bench/processes.ts';
import { median, report, type Row } from './bench/report.ts';
import { caseOverview, headersFor, pointQuery, poster, pupilList, seedCases, thousandChildren, type Workload } from './bench/workloads.ts';

/**
 * `npm run bench` (after `npm run build`): the hub beside bare `@apollo/gateway` and bare Hive
 * Gateway with the Rust planner, each gateway in its own compiled process over the same subgraph
 * and partner processes, interleaved round by round so that the machine's noise hits all three
 * alike. Env: BENCH_SECONDS (5), BENCH_CONNECTIONS (20), BENCH_ROUNDS (3), BENCH_MILLION=1 to add
 * the point query at 1,000,000 children (about a minute to start and 2 GB), or BENCH_POPULATIONS
 * (e.g. `2000`) to choose. Figures are medians.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const populations = process.env.BENCH_POPULATIONS?.split(',').map(Number) ?? [2000, 100_000, ...(process.env.BENCH_MILLION === '1' ? [1_000_000] : [])];
const keys = await generateContextKeys();
const issuer = await DevIssuer.fromFile();
const logDir = mkdtempSync(join(tmpdir(), 'ketengraaf-bench-'));
const keyEnv = { KETENGRAAF_CONTEXT_PRIVATE_KEY: keys.privateJwk, KETENGRAAF_CONTEXT_PUBLIC_KEY: keys.publicJwk, PORT: '0', REDIS_URL: '' };
const rows: Row[] = [];
const memory = new Map<string, { rss100: number; peak: number; file100: number }>();

const load = (url: string, workload: Workload, headers: Record<string, string>, conns = workload.connections ?? connections) =>
  new Promise<autocannon.Result>((resolve, reject) =>
    autocannon({ url, method: 'POST', headers, body: JSON.stringify({ query: workload.query, variables: workload.variables }), connections: conns, duration: seconds * (workload.secondsFactor ?? 1) }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );

/** Waits until the process uses under 5% of a core over a quarter second (at most 60 s). */
async function untilIdle(pid: number): Promise<void> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    const before = cpuSeconds(pid);
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (cpuSeconds(pid) - before < 0.0125) return;
  }
}

// BENCH_PROFILE_DIR: the hub's gateway writes a V8 CPU profile there when it stops (where its time goes).
const profiled = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
console.log(`Ketengraaf bench: ${connections} connections, ${seconds} s x ${rounds} interleaved rounds per workload and gateway; populations ${populations.join(', ')}`);
for (const population of populations) {
  const started = Date.now();
  const hubProcess = await startProcess('subgraphs and partners', 'scripts/start.js', { ...keyEnv, DEMO_CHILDREN: String(population), DEMO_PORTS: 'ephemeral', KETENGRAAF_LOG_FILE: join(logDir, `seed-${population}.jsonl`), KETENGRAAF_DISCLOSURE_LOG_DIR: join(logDir, `disclosures-${population}`), ...UNLIMITED_RATE }, /Stop with Ctrl-C/);
  const urlOf = (name: string) => new RegExp(`^\\s+${name}\\s+(http\\S+)`, 'm').exec(hubProcess.output())?.[1] ?? '';
  console.log(`\n${population} children: subgraphs and partner systems ready in ${((Date.now() - started) / 1000).toFixed(1)} s (npm start's processes; its own gateway is used only to set up data)`);
  const subgraphEnv = Object.fromEntries(SUBGRAPHS.map(({ name }) => [`SUBGRAPH_${name.toUpperCase()}_URL`, urlOf(name)]));
  const gateways: BenchProcess[] = [
    await startProcess('hub', 'gateway/main.js', { ...keyEnv, ...subgraphEnv, KETENGRAAF_LOG_FILE: join(logDir, `hub-${population}.jsonl`), ...UNLIMITED_RATE }, /ready at/, profiled),
    await startProcess('bare Apollo', 'scripts/bench/bareApolloGateway.js', { ...keyEnv, ...subgraphEnv }, /ready at/),
    await startProcess('bare Hive', 'scripts/bench/bareHiveGateway.js', { ...keyEnv, ...subgraphEnv }, /ready at/),
  ];
  const gatewayUrl = (gateway: BenchProcess) => /ready at (\S+)/.exec(gateway.output())?.[1] ?? '';
  const post = poster(urlOf('gateway'), issuer);
  const pupil: string = (await post('coordinator', `{ organisation(id: "school-esdoorn") { pupils(first: 1) { id } } }`)).data?.organisation?.pupils?.[0]?.id;
  // The point query first: the 1,000-children list writes 1,000 log records a request, and a
  // growing log is a different question (issue 10) from a growing population.
  const workloads: Workload[] = [pointQuery(pupil, population.toLocaleString('en'))];
  if (population === populations[0]) {
    const seeded = await seedCases(post, process.env.DEMO_SEED ?? DEFAULT_SEED, 1000, population);
    console.log(`opened ${seeded.children.length} cases at AVE phase 3, ${seeded.complete.length} with consent (${seeded.refused} set-up steps refused by the casus rules)`);
    workloads.push(caseOverview(seeded.complete[0] ?? seeded.children[0] ?? ''), pupilList, thousandChildren);
  }

  for (const workload of workloads) {
    const headers = await headersFor(issuer, workload.caller);
    // Once through each gateway first: same answer shape, and the plans cached before timing.
    for (const gateway of gateways) {
      const response = await fetch(gatewayUrl(gateway), { method: 'POST', headers, body: JSON.stringify({ query: workload.query, variables: workload.variables }) });
      const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
      const first = JSON.stringify(body.errors?.[0] ?? '').slice(0, 160);
      console.log(`  ${workload.name} via ${gateway.name}: HTTP ${response.status}, ${JSON.stringify(body.data ?? null).length} bytes of data, ${body.errors?.length ?? 0} errors ${first}`);
    }
    const results = new Map<string, { rps: number[]; p50: number[]; p99: number[]; cpu: number[]; errors: number }>();
    for (let round = 0; round < rounds; round++) {
      for (const gateway of gateways) {
        const pid = gateway.child.pid ?? 0;
        const cpuBefore = cpuSeconds(pid);
        const result = await load(gatewayUrl(gateway), workload, headers);
        // Requests still in flight when the load tool stops finish on this gateway's account,
        // not during the next gateway's round.
        await untilIdle(pid);
        const entry = results.get(gateway.name) ?? { rps: [], p50: [], p99: [], cpu: [], errors: 0 };
        entry.rps.push(result.requests.average);
        entry.p50.push(result.latency.p50);
        entry.p99.push(result.latency.p99);
        entry.cpu.push(((cpuSeconds(pid) - cpuBefore) * 1000) / Math.max(1, result.requests.total));
        entry.errors += result.errors + result.non2xx;
        results.set(gateway.name, entry);
      }
    }
    for (const [gateway, entry] of results) {
      rows.push({ workload: workload.name, gateway, rps: median(entry.rps), p50: median(entry.p50), p99: median(entry.p99), cpuMs: median(entry.cpu), errors: entry.errors });
    }
  }
  if (population === populations[0]) {
    const headers = await headersFor(issuer, pupilList.caller);
    for (const gateway of gateways) {
      await load(gatewayUrl(gateway), pupilList, headers, 100);
      const pid = gateway.child.pid ?? 0;
      const figures = memoryMiB(pid);
      memory.set(gateway.name, { rss100: figures.rss, peak: figures.peak, file100: figures.file });
    }
  }
  for (const process of [...gateways, hubProcess]) await process.stop();
}
console.log(`\n${report(rows, memory)}`);
console.log('\nThe machine has 2 cores shared by the load tool, the gateways, the subgraphs and other work: compare ratios within one run.');
// BENCH_HOSTILE=1: the hostile phase (issue 10's attacks and the limits' edges) after the comparison.
if (process.env.BENCH_HOSTILE === '1') await (await import('./bench/hostile.ts')).runHostileBench();
