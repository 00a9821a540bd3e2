/** One gateway's figures for one workload: medians of the rounds. */
export interface Row {
  workload: string;
  gateway: string;
  rps: number;
  p50: number;
  p99: number;
  /** Gateway process CPU per request, ms. */
  cpuMs: number;
  errors: number;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a');

/** The side-by-side table, and per workload the ratios the targets are stated in. */
export function report(rows: readonly Row[], memory: ReadonlyMap<string, { rss100: number; peak: number; file100: number }>): string {
  const lines = ['| workload | gateway | req/s | p50 ms | p99 ms | gateway CPU ms/req | errors |', '|---|---|---|---|---|---|---|'];
  for (const row of rows) lines.push(`| ${row.workload} | ${row.gateway} | ${row.rps.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.cpuMs.toFixed(2)} | ${row.errors} |`);
  lines.push('', '| workload | hub / bare Apollo req/s (target ≥ 1.2) | hub p99 / bare Apollo p99 (target ≤ 1) | hub CPU / bare Hive CPU (target ≤ 1.15) |', '|---|---|---|---|');
  for (const workload of [...new Set(rows.map((row) => row.workload))]) {
    const of = (gateway: string) => rows.find((row) => row.workload === workload && row.gateway === gateway);
    const [hub, apollo, hive] = [of('hub'), of('bare Apollo'), of('bare Hive')];
    if (!hub || !apollo || !hive) continue;
    lines.push(`| ${workload} | ${ratio(hub.rps, apollo.rps)} | ${ratio(hub.p99, apollo.p99)} | ${ratio(hub.cpuMs, hive.cpuMs)} |`);
  }
  const points = rows.filter((row) => row.gateway === 'hub' && row.workload.startsWith('point query'));
  const first = points[0];
  for (const point of points.slice(1)) lines.push(`\nhub point-query p50, ${point.workload.replace('point query, ', '')} vs ${first?.workload.replace('point query, ', '')}: ${ratio(point.p50, first?.p50 ?? 0)} (target ≤ 1.1)`);
  lines.push('', '| gateway | RSS at 100 connections MiB (target ≤ 300 for the hub) | of it file-backed (mapped files) | peak RSS MiB |', '|---|---|---|---|');
  for (const [gateway, figures] of memory) lines.push(`| ${gateway} | ${figures.rss100.toFixed(0)} | ${figures.file100.toFixed(0)} | ${figures.peak.toFixed(0)} |`);
  return lines.join('\n');
}
