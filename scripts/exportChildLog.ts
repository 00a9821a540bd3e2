import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

/**
 * `npm run audit:export`: one child's processing log as a file for the parents or the young
 * person. It asks the graph (`childProcessingLogExport`), with the privacy officer's own bearer
 * token and purpose DATA_SUBJECT_ACCESS, so who may export, and the record of the export itself,
 * are decided and written by the gateway exactly as for any other request. (It used to read the
 * log store directly for whatever `--officer` and `--org` it was given: anyone on the machine
 * could export any child's log in anyone's name.)
 */
const USAGE = `Usage: npm run audit:export -- --child <pseudonym> [--format csv|json] [--out <file>|-] [--gateway <url>]

Asks the hub for the child's processing log (who received which fields, when, why, under which
activity and basis, with which outcome; never content) as the privacy officer whose bearer token is
in KETENGRAAF_TOKEN, and writes it to <file>, to standard output with --out -, or by default to the
file name the hub proposes. --gateway defaults to KETENGRAAF_GATEWAY_URL or http://localhost:4000/graphql.
Only the hub operator's privacy officer may export a child's log; the export is logged like any release.`;

const EXPORT = /* GraphQL */ `
  query ($childId: ID!, $format: ProcessingLogFormat!) {
    childProcessingLogExport(childId: $childId, format: $format) { fileName content recordCount }
  }
`;

const { values } = parseArgs({
  options: {
    child: { type: 'string' },
    format: { type: 'string', default: 'csv' },
    out: { type: 'string' },
    gateway: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
const format = values.format?.toUpperCase();
const token = process.env.KETENGRAAF_TOKEN;
if (values.help || !values.child || (format !== 'CSV' && format !== 'JSON')) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 1);
}
if (!token) {
  console.error('KETENGRAAF_TOKEN is not set: the export is made as you, with your privacy officer token from your identity provider.');
  process.exit(1);
}

type Answer = { data?: { childProcessingLogExport: { fileName: string; content: string; recordCount: number } | null }; errors?: { message: string }[] };
const gateway = values.gateway ?? process.env.KETENGRAAF_GATEWAY_URL ?? 'http://localhost:4000/graphql';
let answer: Answer;
try {
  const response = await fetch(gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'DATA_SUBJECT_ACCESS' },
    body: JSON.stringify({ query: EXPORT, variables: { childId: values.child, format } }),
  });
  answer = (await response.json()) as Answer;
} catch (error) {
  console.error(`The hub at ${gateway} could not be reached (${error instanceof Error ? error.message : String(error)}); is it running?`);
  process.exit(1);
}
const file = answer.data?.childProcessingLogExport;
if (!file) {
  console.error(`The hub refused the export: ${answer.errors?.map((e) => e.message).join('; ') ?? 'no answer'}`);
  process.exit(1);
}
if (values.out === '-') process.stdout.write(file.content);
else {
  writeFileSync(values.out ?? file.fileName, file.content, { mode: 0o600 });
  console.error(`Wrote ${file.recordCount} record(s) to ${values.out ?? file.fileName}; the hub logged this export.`);
}
