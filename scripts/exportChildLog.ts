import { randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openLogStore } from '../gateway/processingLog/openLogStore.ts';
import { ProcessingRegister } from '../schema/processingRegister.ts';
import { exportLog } from '../subgraphs/auditlog/logExport.ts';

/**
 * Exports one child's processing log as a file for the parents or the young person, straight
 * from the log store (for the privacy officer with access to the hub's machine; through the graph
 * it is `childProcessingLogExport`). The export is itself a release of personal data, so it is
 * logged before the file is written: no log, no release.
 */
const USAGE = `Usage: npx tsx scripts/exportChildLog.ts --child <pseudonym> --officer <your id> --org <your organisation> [--format csv|json] [--out <file>|-]

Writes the child's processing log (who received which fields, when, why, under which activity and
basis, with which outcome; never content) to <file>, to standard output with --out -, or by
default to processing-log-child-<pseudonym>-<date>.<csv|json> in the current directory.`;

const { values } = parseArgs({
  options: {
    child: { type: 'string' },
    officer: { type: 'string' },
    org: { type: 'string' },
    format: { type: 'string', default: 'csv' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
const format = values.format?.toUpperCase();
if (values.help || !values.child || !values.officer || !values.org || (format !== 'CSV' && format !== 'JSON')) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 1);
}

let exitCode = 1;
try {
  const store = await openLogStore();
  try {
    const register = new ProcessingRegister();
    const now = new Date();
    const records = (await store.forChild(values.child)).sort((a, b) => b.seq - a.seq);
    await store.append([
      {
        recordId: randomUUID(),
        recordedAt: now.toISOString(),
        traceId: randomBytes(16).toString('hex'),
        spanId: randomBytes(8).toString('hex'),
        professional: values.officer,
        organisation: values.org,
        role: 'PRIVACY_OFFICER',
        purpose: 'DATA_SUBJECT_ACCESS',
        activityId: register.activityFor('DATA_SUBJECT_ACCESS').id,
        childId: values.child,
        fieldsReleased: ['Query.childProcessingLogExport'],
        fieldsWithheld: [],
        outcome: 'RELEASED',
      },
    ]);
    const file = exportLog(records, register, format, { kind: 'child', id: values.child }, now);
    if (values.out === '-') process.stdout.write(file.content);
    else {
      writeFileSync(values.out ?? file.fileName, file.content, { mode: 0o600 });
      console.error(`Wrote ${file.recordCount} record(s) to ${values.out ?? file.fileName}; this export is logged too.`);
    }
    exitCode = 0;
  } finally {
    await store.close();
  }
} catch (error) {
  console.error(`The log could not be exported: ${error instanceof Error ? error.message : String(error)}`);
}
process.exit(exitCode);
