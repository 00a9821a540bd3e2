import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { DevIssuer } from '../gateway/devIssuer.ts';
import { generateContextKeys, importContextKey, signCallerContext, subgraphAudience } from '../schema/callerContext.ts';

/**
 * `npm run bench`: throughput and latency of the hub on this machine, in one run, so the ratios
 * are comparable. The hub runs as `npm start` does, in its own process; the load comes from this
 * one. Env: BENCH_CHILDREN (default 2000), BENCH_SECONDS (default 8), BENCH_CONNECTIONS (default 20).
 * Figures are medians of three rounds per case.
 */
const children = process.env.BENCH_CHILDREN ?? '2000';
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);

const keys = await generateContextKeys();
const started = Date.now();
const hub = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
  cwd: new URL('..', import.meta.url).pathname,
  env: { ...process.env, NODE_ENV: 'development', DEMO_CHILDREN: children, DEMO_PORTS: 'ephemeral', PORT: '0', KETENGRAAF_CONTEXT_PRIVATE_KEY: keys.privateJwk, KETENGRAAF_CONTEXT_PUBLIC_KEY: keys.publicJwk },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
const urlOf = (name: string) => new RegExp(`^\\s+${name}\\s+(http\\S+)`, 'm').exec(output)?.[1];
await new Promise<void>((resolve, reject) => {
  hub.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes('Stop with Ctrl-C')) resolve();
  });
  hub.once('exit', (code) => reject(new Error(`the hub exited (${code}) before it was ready:\n${output}`)));
});
const startupMs = Date.now() - started;
const gatewayUrl = urlOf('gateway') ?? '';
const schoolUrl = urlOf('school') ?? '';
const rssMiB = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${hub.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const rssAtStart = rssMiB();

const devIssuer = await DevIssuer.fromFile();
const coordinator = await devIssuer.issue({ role: 'SCHOOL_CARE_COORDINATOR', organisation: 'school-esdoorn' });
const gatewayHeaders = { 'content-type': 'application/json', authorization: `Bearer ${coordinator}`, 'x-purpose': 'CASE_DISCUSSION' };
const pupils = 'pupils(first: 20) { id schoolEnrolment { group } schoolAbsences { date kind } }';
// The direct case signs the caller context itself, as the gateway does, to measure the subgraph alone.
const contextKey = await importContextKey(keys.privateJwk);
const directContext = () =>
  signCallerContext(
    { professional: 'bench', organisation: 'school-esdoorn', role: 'SCHOOL_CARE_COORDINATOR', purpose: 'CASE_DISCUSSION' },
    contextKey,
    subgraphAudience('school'),
  );

const cases = [
  { name: 'school subgraph direct (20 pupils)', url: schoolUrl, headers: { 'content-type': 'application/json', 'x-ketengraaf-context': '' }, query: `{ _entities(representations: [{ __typename: "Organisation", id: "school-esdoorn" }]) { ... on Organisation { ${pupils} } } }` },
  { name: 'gateway, one subgraph (20 pupils)', url: gatewayUrl, headers: gatewayHeaders, query: `{ organisation(id: "school-esdoorn") { ${pupils} } }` },
  { name: 'gateway, join school + casus', url: gatewayUrl, headers: gatewayHeaders, query: `{ organisation(id: "school-esdoorn") { name pupils(first: 20) { id schoolEnrolment { group school { name } } } } }` },
  { name: 'gateway, 2 fields removed by privacy', url: gatewayUrl, headers: gatewayHeaders, query: `{ organisation(id: "school-esdoorn") { pupils(first: 20) { id schoolEnrolment { group } schoolAbsences { date kind } veiligThuisContacts { __typename } policeRegistrations { registeredOn } } } }` },
];

const round = async (c: (typeof cases)[number]) => {
  // A caller context lives 30 s: sign a fresh one for each round of the direct case.
  if ('x-ketengraaf-context' in c.headers) c.headers['x-ketengraaf-context'] = await directContext();
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url: c.url, method: 'POST', headers: c.headers, body: JSON.stringify({ query: c.query }), connections, duration: seconds }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

console.log(`Ketengraaf bench: ${children} children, ${connections} connections, ${seconds} s x 3 rounds per case`);
console.log(`hub ready in ${startupMs} ms, RSS ${rssAtStart.toFixed(0)} MiB (partners, subgraphs and gateway in one process)`);
const rows = [];
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
console.log(`\nhub RSS after the run: ${rssMiB().toFixed(0)} MiB`);
hub.kill('SIGINT');
