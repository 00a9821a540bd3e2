/**
 * A stand-in gateway process for the durability and concurrency tests: appends records to the
 * store the environment names (`REDIS_URL` or `KETENGRAAF_LOG_FILE`) and prints `ack <seq>
 * <recordId>` for each append that resolved, that is, each record the log acknowledged.
 * `APPEND_COUNT` (default: until killed), `APPEND_PARALLEL` appends in flight (default 4).
 */
import { openLogStore } from '../openLogStore.ts';
import { draft } from './storeFixtures.ts';

const store = await openLogStore(process.env);
const total = Number(process.env.APPEND_COUNT ?? Number.POSITIVE_INFINITY);
const parallel = Number(process.env.APPEND_PARALLEL ?? 4);
let started = 0;

async function worker(): Promise<void> {
  while (started < total) {
    started++;
    const [record] = await store.append([draft({ professional: `process-${process.pid}` })]);
    // Pipes are written synchronously on Linux: once this returns, the parent can read the line even after a SIGKILL.
    process.stdout.write(`ack ${record!.seq} ${record!.recordId}\n`);
  }
}

process.stdout.write('ready\n');
await Promise.all(Array.from({ length: parallel }, worker));
await store.close();
