import { checkpointSigningKey, checkpointVerifyKey } from '../gateway/processingLog/checkpointKeys.ts';
import { openLogStore } from '../gateway/processingLog/openLogStore.ts';
import { pruneExpired } from '../gateway/processingLog/retention.ts';
import { ProcessingRegister } from '../schema/processingRegister.ts';

/**
 * Retention for the processing log: removes records past their processing activity's retention
 * period and writes a signed checkpoint, so `npm run audit:verify` still verifies the rest.
 * `--now 2031-01-01T00:00:00Z` measures retention against another moment (a dry run of the future
 * on a copy; never on the live log). Exit code 0 when done, 1 when the chain does not verify.
 */
const args = process.argv.slice(2);
const nowIndex = args.indexOf('--now');
const now = nowIndex >= 0 ? new Date(args[nowIndex + 1] ?? '') : new Date();
if (Number.isNaN(now.getTime())) {
  console.error('--now needs an ISO 8601 moment, e.g. 2031-01-01T00:00:00Z');
  process.exit(1);
}

let exitCode = 1;
try {
  const store = await openLogStore();
  try {
    const [signingKey, verifyKey] = await Promise.all([checkpointSigningKey(), checkpointVerifyKey()]);
    const result = await pruneExpired({ store, register: new ProcessingRegister(), signingKey, verifyKey, now });
    console.log(
      result.checkpoint
        ? `Pruned ${result.removed} record(s) past retention from ${store.description}; checkpoint through seq ${result.checkpoint.through.seq} signed.`
        : `Nothing past retention in ${store.description}.`,
    );
    exitCode = 0;
  } finally {
    await store.close();
  }
} catch (error) {
  console.error(`Retention did not run: ${error instanceof Error ? error.message : String(error)}`);
}
process.exit(exitCode);
