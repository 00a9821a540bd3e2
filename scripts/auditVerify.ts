import { auditChain } from '../gateway/processingLog/auditChain.ts';
import { checkpointVerifyKey } from '../gateway/processingLog/checkpointKeys.ts';
import { FileLogStore } from '../gateway/processingLog/fileLogStore.ts';
import { openLogStore } from '../gateway/processingLog/openLogStore.ts';

/**
 * `npm run audit:verify`: checks the whole processing log chain from its latest signed checkpoint
 * and reports the first broken or missing link with its position (across the file store's
 * segments), then checks the index the data-subject queries use against the records. Exit code 0
 * when both hold, 1 otherwise (or when the log cannot be read).
 */
const USAGE = `Usage: npm run audit:verify [-- --json]

Checks the processing log's hash chain: every record links to the one before it (or across a run
that the latest signed checkpoint says was pruned for retention) and hashes to its own hash, across
segments (a missing, reordered or cut-short segment breaks it), up to the head the store keeps.
Then checks the index by child and organisation: every record is in it at its place, and nothing else.

  --json   print the report as JSON

Environment: REDIS_URL (and KETENGRAAF_LOG_PREFIX) for the Redis Stream, else KETENGRAAF_LOG_FILE
(default .ketengraaf/processing-log.jsonl, segments in <file>.segments/); KETENGRAAF_LOG_VERIFY_KEY (public JWK) or the signing
key (KETENGRAAF_LOG_SIGNING_KEY, KETENGRAAF_LOG_SIGNING_KEY_FILE, or the development key) to check
checkpoint signatures.`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}

let exitCode = 1;
try {
  const store = await openLogStore();
  try {
    const report = await auditChain(store, () => checkpointVerifyKey());
    const index = report.ok ? ((await store.verifyIndex?.()) ?? null) : null;
    if (args.includes('--json')) console.log(JSON.stringify({ store: store.description, ...report, index }, null, 2));
    else if (report.ok) {
      const head = report.head ? `, head seq ${report.head.seq} ${report.head.hash.slice(0, 12)}…` : '';
      const pruned = report.prunedRuns > 0 ? `; ${report.prunedRuns} pruned run(s) accounted for by the signed checkpoint` : '';
      const waiting = report.awaitingPrune > 0 ? `; ${report.awaitingPrune} pruned record(s) still stored, the next prune removes them` : '';
      const what = report.head ? `${report.records} records verified, chain intact` : 'no records yet';
      console.log(`Processing log (${store.description}): ${what}${head}${pruned}${waiting}.`);
      if (index?.ok) console.log(`  Index by child and organisation: ${index.entries} entries, consistent with the records.`);
      else if (index) {
        const remedy = store instanceof FileLogStore ? 'rebuild it with npm run audit:reindex' : 'it is written in the same script as the stream, so Redis was changed by hand';
        console.log(`  INDEX BROKEN: ${index.problem}; data-subject queries may miss records: ${remedy}.`);
      }
    } else {
      console.log(`Processing log (${store.description}): BROKEN at ${report.position ?? 'the end of the chain'}${report.seq === null ? '' : ` (seq ${report.seq})`}.`);
      console.log(`  ${report.problem}`);
      console.log(`  ${report.records} records verified before it.`);
    }
    exitCode = report.ok && index?.ok !== false ? 0 : 1;
  } finally {
    await store.close();
  }
} catch (error) {
  console.error(`The processing log could not be read: ${error instanceof Error ? error.message : String(error)}`);
}
process.exit(exitCode);
