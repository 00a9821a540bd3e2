import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import autocannon from 'autocannon';
import { DevIssuer } from '../../gateway/devIssuer.ts';
import { operationLimitsFromEnv } from '../../gateway/limits/operationLimits.ts';
import { attacks, limitEdges, type HostileRequest } from '../../test/harness/hostileRequests.ts';
import { startHubProcess } from './hubProcess.ts';
import { median } from './report.ts';
import { soak, treeRssMiB } from './soak.ts';
import { headersFor, pupilList } from './workloads.ts';

/**
 * `npm run bench:hostile` (and `BENCH_HOSTILE=1 npm run bench`): the hub as `npm start` runs it,
 * in its own process, sent every request of issue 10's table and each limit just under and just
 * over, one kind at a time, by BENCH_HOSTILE_CONNECTIONS (2) attackers for BENCH_HOSTILE_SECONDS
 * (5) while BENCH_CONNECTIONS (4) clients send the 20-pupil list. Per kind: the answer (status and
 * code, checked against what the limits' test expects), its time, and the normal query's p50/p99
 * meanwhile. With BENCH_SOAK_SECONDS, a soak of normal traffic follows (`soak.ts`).
 */
export async function runHostileBench(): Promise<void> {
  const seconds = Number(process.env.BENCH_HOSTILE_SECONDS ?? 5);
  const attackers = Number(process.env.BENCH_HOSTILE_CONNECTIONS ?? 2);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 4);
  const issuer = await DevIssuer.fromFile();
  const logFile = join(mkdtempSync(join(tmpdir(), 'ketengraaf-hostile-')), 'processing-log.jsonl');
  const hub = await startHubProcess({ DEMO_CHILDREN: process.env.DEMO_CHILDREN ?? '2000', REDIS_URL: '', KETENGRAAF_LOG_FILE: logFile, KETENGRAAF_DISCLOSURE_LOG_DIR: join(dirname(logFile), 'disclosures') });
  try {
    const url = hub.urlOf('gateway');
    const headers = await headersFor(issuer, 'coordinator');
    const normal = (duration: number) =>
      new Promise<autocannon.Result>((resolve, reject) =>
        autocannon({ url, method: 'POST', headers, body: JSON.stringify({ query: pupilList.query }), connections, duration }, (error, result) => (error ? reject(error) : resolve(result))),
      );
    await normal(2); // warm up: plans cached, connections open
    const rows: string[] = [];
    const quiet = await normal(seconds);
    rows.push(`| none (normal traffic alone) | | | | ${quiet.latency.p50} / ${quiet.latency.p99} | ${quiet.non2xx + quiet.errors} |`);
    // The same number of extra clients sending the normal query: what any flood costs, hostile or not.
    const comparison: HostileRequest = { name: 'the 20-pupil list itself (for comparison)', body: JSON.stringify({ query: pupilList.query }), expected: { status: 200 } };
    for (const request of [comparison, ...attacks(), ...limitEdges(operationLimitsFromEnv())]) {
      const during = normal(seconds);
      const answers = await attack(url, headers, request, seconds * 1000, attackers);
      const result = await during;
      const seen = [...new Set(answers.map((answer) => `${answer.status} ${answer.code ?? ''}`.trim()))].join(', ');
      const expected = `${request.expected.status} ${request.expected.code ?? ''}`.trim();
      rows.push(
        `| ${request.name} | ${seen}${seen === expected ? '' : ` (expected ${expected})`} | ${answers.length} | ${median(answers.map((a) => a.ms)).toFixed(0)} / ${Math.max(...answers.map((a) => a.ms)).toFixed(0)} | ${result.latency.p50} / ${result.latency.p99} | ${result.non2xx + result.errors} |`,
      );
      console.log(rows.at(-1));
    }
    const health = await fetch(new URL('/health', url));
    console.log(`\n| request | answer (status code) | sent | its time ms, median / max | 20-pupil list meanwhile, p50 / p99 ms | normal requests failed |`);
    console.log('|---|---|---|---|---|---|');
    console.log(rows.join('\n'));
    console.log(`\nAfterwards: /health ${health.status}; hub RSS ${treeRssMiB(hub.process.pid ?? 0).toFixed(0)} MiB (the hub process and its children).`);
    if (process.env.BENCH_SOAK_SECONDS) await soak(url, headers, Number(process.env.BENCH_SOAK_SECONDS), hub.process.pid ?? 0);
  } finally {
    hub.stop();
  }
}

interface Answer {
  status: number;
  code?: string;
  ms: number;
}

/** `attackers` loops sending `request` back to back for `durationMs`; each answer with its time. */
async function attack(url: string, headers: Record<string, string>, request: HostileRequest, durationMs: number, attackers: number): Promise<Answer[]> {
  const answers: Answer[] = [];
  const until = Date.now() + durationMs;
  const loop = async () => {
    while (Date.now() < until) {
      const started = performance.now();
      const response = await fetch(url, { method: 'POST', headers, body: request.body });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] } | { errors?: { extensions?: { code?: string } }[] }[];
      const errors = (Array.isArray(body) ? body : [body]).flatMap((one) => one.errors ?? []);
      // A normal answer may carry FORBIDDEN_FIELD errors: only the first error of a refusal is its code.
      const code = request.expected.code ? errors[0]?.extensions?.code : errors.find((e) => e.extensions?.code !== 'FORBIDDEN_FIELD')?.extensions?.code;
      answers.push({ status: response.status, ...(code ? { code } : {}), ms: performance.now() - started });
    }
  };
  await Promise.all(Array.from({ length: attackers }, loop));
  return answers;
}

if (import.meta.url === `file://${process.argv[1]}`) await runHostileBench();
