import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { pupilList } from './workloads.ts';

/** Resident memory of a process and all its descendants, in MiB (the hub may run its parts as child processes). */
export function treeRssMiB(pid: number): number {
  let kib = 0;
  const visit = (id: number) => {
    try {
      kib += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0);
      for (const thread of readFileSync(`/proc/${id}/task/${id}/children`, 'utf8').split(' ').filter(Boolean)) visit(Number(thread));
    } catch {
      // The process ended while it was read.
    }
  };
  visit(pid);
  return kib / 1024;
}

/**
 * BENCH_SOAK_SECONDS of normal traffic (the 20-pupil list, BENCH_SOAK_CONNECTIONS, default 10),
 * in intervals of BENCH_SOAK_INTERVAL seconds (default a tenth of the soak, at least 5): per
 * interval req/s, p50/p99 and the hub's RSS at its end, so that a leak or a slow-down shows as a trend.
 */
export async function soak(url: string, headers: Record<string, string>, seconds: number, pid: number): Promise<void> {
  const interval = Number(process.env.BENCH_SOAK_INTERVAL ?? Math.max(5, Math.round(seconds / 10)));
  const connections = Number(process.env.BENCH_SOAK_CONNECTIONS ?? 10);
  console.log(`\nSoak: ${seconds} s of the 20-pupil list at ${connections} connections, in ${interval}-second intervals`);
  console.log('| from s | req/s | p50 ms | p99 ms | failed | hub RSS MiB |');
  console.log('|---|---|---|---|---|---|');
  for (let from = 0; from < seconds; from += interval) {
    const result = await new Promise<autocannon.Result>((resolve, reject) =>
      autocannon({ url, method: 'POST', headers, body: JSON.stringify({ query: pupilList.query }), connections, duration: Math.min(interval, seconds - from) }, (error, done) =>
        error ? reject(error) : resolve(done),
      ),
    );
    console.log(`| ${from} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx + result.errors} | ${treeRssMiB(pid).toFixed(0)} |`);
  }
}
