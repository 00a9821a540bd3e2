import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileLogStore } from '../../gateway/processingLog/fileLogStore.ts';
import type { ProcessingLogStore } from '../../gateway/processingLog/processingLogStore.ts';
import { RedisLogStore } from '../../gateway/processingLog/redisLogStore.ts';
import { startRedisServer } from '../../test/harness/redisServer.ts';
import { measureAppends } from './appendCpu.ts';
import { growTo, measureChildQueries } from './queryScaling.ts';

/**
 * `npm run bench:log`: the processing log on its own, on this machine.
 * 1. CPU per append of a 20-child answer, with 1 and BENCH_LOG_CONCURRENCY (default 20) appends
 *    in flight, on the file store and on Redis (AOF, appendfsync always).
 * 2. A data-subject query (`forChild`) at growing log sizes, BENCH_LOG_SIZES (default
 *    10000,1000000,10000000), on the file store and on Redis up to BENCH_LOG_REDIS_MAX (default
 *    10000000; about 11 GB of memory at 10 million records).
 * BENCH_LOG_APPENDS (default 2000), BENCH_LOG_QUERIES (default 101), BENCH_LOG_PHASES (append,query).
 */
const env = process.env;
const appends = Number(env.BENCH_LOG_APPENDS ?? 2000);
const concurrency = Number(env.BENCH_LOG_CONCURRENCY ?? 20);
const sizes = (env.BENCH_LOG_SIZES ?? '10000,1000000,10000000').split(',').map(Number);
const redisMax = Number(env.BENCH_LOG_REDIS_MAX ?? 10_000_000);
const queries = Number(env.BENCH_LOG_QUERIES ?? 101);
const phases = (env.BENCH_LOG_PHASES ?? 'append,query').split(',');
const dir = mkdtempSync(join(env.BENCH_LOG_DIR ?? tmpdir(), 'kg-log-bench-'));
// Appends are measured as production runs them (AOF, fsync per write); the query phase, which
// fills Redis with millions of records, on a server without persistence (memory, not disk, is its limit).
const redis = await startRedisServer({ appendOnly: { dir, fsync: 'always' }, startTimeoutMs: 60_000 });
const bulkRedis = await startRedisServer({ startTimeoutMs: 60_000 });
const stores = (url: string): Record<string, (name: string) => Promise<ProcessingLogStore>> => ({
  file: async (name) => new FileLogStore(join(dir, `${name}.jsonl`)),
  redis: (name) => RedisLogStore.connect({ url, prefix: `bench:${name}:{log}:`, commandTimeoutMs: 120_000 }),
});
const fmt = (value: number, digits = 2) => value.toFixed(digits);

try {
  if (phases.includes('append')) {
    console.log(`\nAppend of a 20-child answer (${appends} appends)`);
    console.log('| store | in flight | CPU ms/append | appends/s | p50 ms |\n|---|---|---|---|---|');
    for (const [kind, open] of Object.entries(stores(redis.url))) {
      for (const inFlight of [1, concurrency]) {
        const store = await open(`append-${inFlight}`);
        await measureAppends(store, 50, inFlight); // warm-up: JIT, connections, files
        const figures = await measureAppends(store, appends, inFlight);
        await store.close();
        console.log(`| ${kind} | ${inFlight} | ${fmt(figures.cpuMsPerAppend, 3)} | ${fmt(figures.appendsPerSecond, 0)} | ${fmt(figures.p50Ms)} |`);
      }
    }
  }
  if (phases.includes('query')) {
    console.log(`\nData-subject query (forChild), median of ${queries}, about 20 records per child`);
    console.log('| store | records | grown in s | query ms | records returned |\n|---|---|---|---|---|');
    for (const [kind, open] of Object.entries(stores(bulkRedis.url))) {
      const store = await open('query');
      let records = 0;
      for (const size of sizes) {
        if (kind === 'redis' && size > redisMax) break;
        const growMs = await growTo(store, records, size, (at) => process.stderr.write(`  ${kind}: ${at} records\n`));
        records = size;
        const figures = await measureChildQueries(store, records, queries);
        console.log(`| ${kind} | ${records} | ${fmt(growMs / 1000, 1)} | ${fmt(figures.childQueryMs)} | ${figures.recordsPerChild} |`);
      }
      await store.close();
    }
  }
} finally {
  await Promise.all([redis.stop(), bulkRedis.stop()]);
  rmSync(dir, { recursive: true, force: true });
}
