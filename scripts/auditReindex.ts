import { FileLogStore } from '../gateway/processingLog/fileLogStore.ts';
import { openLogStore } from '../gateway/processingLog/openLogStore.ts';

/**
 * `npm run audit:reindex`: rebuilds the file store's index by child and organisation from its
 * segments alone (under the log's lock, so gateways may keep appending). The index is never
 * evidence, so nothing is lost by rebuilding it; run it when `audit:verify` reports it broken.
 * The Redis store's index is written in the same script as the stream: a broken one there means
 * Redis was changed by hand, which this does not paper over.
 */
let exitCode = 1;
try {
  const store = await openLogStore();
  try {
    if (!(store instanceof FileLogStore)) {
      console.error(`The ${store.description} log keeps its index in the same atomic step as its records; there is nothing to rebuild.`);
    } else {
      const mark = await store.reindex();
      console.log(`Index of ${store.description} rebuilt from its segments, up to seq ${mark.head.seq}.`);
      exitCode = 0;
    }
  } finally {
    await store.close();
  }
} catch (error) {
  console.error(`The index could not be rebuilt: ${error instanceof Error ? error.message : String(error)}`);
}
process.exit(exitCode);
