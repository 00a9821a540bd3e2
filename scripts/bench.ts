import autocannon from 'autocannon';
import { DevIssuer } from '../gateway/devIssuer.ts';
import { signCallerContext } from '../schema/callerContext.ts';
import { startDemoHub } from '../demo/startDemoHub.ts';
import { DEFAULT_SEED } from '../demo/synthetic/population.ts';

/**
 * `npm run bench`: throughput and latency of the hub on this machine, in one run, so the ratios
 * are comparable. Options via env: BENCH_CHILDREN (default 2000), BENCH_SECONDS (default 8),
 * BENCH_CONNECTIONS (default 20). Results are medians of three rounds per case.
 */
const children = Number(process.env.BENCH_CHILDREN ?? 2000);
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);

const started = Date.now();
const devIssuer = await DevIssuer.generate();
const hub = await startDemoHub({ population: { seed: DEFAULT_SEED, count: children }, ports: 'ephemeral', devIssuer });
const startupMs = Date.now() - started;
const token = (role: Parameters<DevIssuer['issue']>[0]['role'], organisation: string) => devIssuer.issue({ role, organisation });

const schoolQuery = `{ organisation(id: "school-esdoorn") { pupils(first: 20) { id schoolEnrolment { group } schoolAbsences { date kind } } } }`;
const joinQuery = `{ organisation(id: "school-esdoorn") { name pupils(first: 20) { id schoolEnrolment { group school { name } } } } }`;
const filteredQuery = `{ organisation(id: "school-esdoorn") { pupils(first: 20) { id schoolEnrolment { group } veiligThuisContacts { __typename } policeRegistrations { registeredOn } } } }`;
const direct = `{ _entities(representations: [{ __typename: "Organisation", id: "school-esdoorn" }]) { ... on Organisation { pupils(first: 20) { id schoolEnrolment { group } schoolAbsences { date kind } } } } }`;

interface Case {
  name: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}
const coordinator = await token('SCHOOL_CARE_COORDINATOR', 'school-esdoorn');
const gatewayHeaders = { 'content-type': 'application/json', authorization: `Bearer ${coordinator}`, 'x-purpose': 'CASE_DISCUSSION' };
const school = hub.subgraphs.school;
if (!school) throw new Error('no school subgraph');
// The direct case signs the caller context itself, as the gateway would, to measure the subgraph alone.
const directContext = () =>
  signCallerContext(
    { professional: 'bench', organisation: 'school-esdoorn', role: 'SCHOOL_CARE_COORDINATOR', purpose: 'CASE_DISCUSSION', traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' },
    hub.contextKeys.privateKey,
  );
const cases: Case[] = [
  { name: 'school subgraph direct (20 pupils)', url: school.url, headers: { 'content-type': 'application/json', 'x-ketengraaf-context': '' }, body: JSON.stringify({ query: direct }) },
  { name: 'gateway, one subgraph (20 pupils)', url: hub.gateway.url, headers: gatewayHeaders, body: JSON.stringify({ query: schoolQuery }) },
  { name: 'gateway, join school + casus', url: hub.gateway.url, headers: gatewayHeaders, body: JSON.stringify({ query: joinQuery }) },
  { name: 'gateway, 2 fields removed by privacy', url: hub.gateway.url, headers: gatewayHeaders, body: JSON.stringify({ query: filteredQuery }) },
];

const round = async (c: Case) => {
  // A caller context lives 30 s: sign a fresh one for each round of the direct case.
  if ('x-ketengraaf-context' in c.headers) c.headers['x-ketengraaf-context'] = await directContext();
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url: c.url, method: 'POST', headers: c.headers, body: c.body, connections, duration: seconds }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

console.log(`Ketengraaf bench: ${children} children, ${connections} connections, ${seconds} s x 3 rounds per case; hub started in ${startupMs} ms`);
const rows: { name: string; rps: number; p50: number; p99: number; errors: number }[] = [];
for (const c of cases) {
  const results: autocannon.Result[] = [];
  for (let i = 0; i < 3; i++) results.push(await round(c));
  rows.push({
    name: c.name,
    rps: median(results.map((r) => r.requests.average)),
    p50: median(results.map((r) => r.latency.p50)),
    p99: median(results.map((r) => r.latency.p99)),
    errors: results.reduce((n, r) => n + r.errors + r.non2xx, 0),
  });
}
const base = rows[1]?.rps ?? 1;
console.log('\n| case | req/s (median) | p50 ms | p99 ms | vs gateway one-subgraph | errors |\n|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row.name} | ${row.rps.toFixed(0)} | ${row.p50} | ${row.p99} | ${(row.rps / base).toFixed(2)} | ${row.errors} |`);
console.log(`\nRSS after the run: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB (one process: partners, subgraphs, gateway)`);
await hub.close();
