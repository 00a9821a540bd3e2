import { openLogStore } from '../gateway/processingLog/openLogStore.ts';
import { SUBGRAPHS } from '../schema/subgraphs.ts';
import { verifyDisclosures } from '../subgraphs/kit/disclosureChain.ts';
import { joinByTrace } from '../subgraphs/kit/disclosureJoin.ts';
import { readDisclosures } from '../subgraphs/kit/disclosureLog.ts';
import { openDisclosureLog } from '../subgraphs/kit/openDisclosureLog.ts';

/** `npm run disclosures -- verify|export|join`: a partner adapter's own disclosure log, for its privacy officer. */
const USAGE = `Usage: npm run disclosures -- <command> [options]

  verify --subgraph NAME                 check the adapter's hash chain (exit 1 at the first broken link)
  export --subgraph NAME [--child ID] [--trace HUB_TRACE_ID]
                                         print its records as JSON lines (one data subject per line)
  join --trace HUB_TRACE_ID              the hub's processing records of that request beside every
                                         partner adapter's own records of it (JSON)

Where each log is: NAME_DISCLOSURE_LOG_REDIS_URL, else NAME_DISCLOSURE_LOG_FILE, else
KETENGRAAF_DISCLOSURE_LOG_DIR (default .ketengraaf)/<name>-disclosures.jsonl; the hub's log as for
npm run audit:verify (REDIS_URL or KETENGRAAF_LOG_FILE). verify uses the hub's own chain check.`;

const [command, ...rest] = process.argv.slice(2);
const option = (flag: string) => {
  const at = rest.indexOf(flag);
  return at >= 0 ? rest[at + 1] : undefined;
};
const partnerNames = SUBGRAPHS.filter((entry) => entry.partnerPort !== null).map((entry) => entry.name);
const open = (name: string) => openDisclosureLog({ name, env: process.env });

async function main(): Promise<number> {
  if (!command || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  const subgraph = option('--subgraph');
  if ((command === 'verify' || command === 'export') && !(subgraph && partnerNames.includes(subgraph))) throw new Error(`--subgraph must name a partner adapter: ${partnerNames.join(', ')}`);
  if (command === 'verify') {
    const log = await open(subgraph ?? '');
    const report = await verifyDisclosures(log.scan(), await log.storedHead());
    await log.close();
    console.log(report.ok ? `Disclosure log (${log.description}): ${report.records} records verified, chain intact.` : `Disclosure log (${log.description}): BROKEN at ${report.position ?? 'the end'}: ${report.problem}`);
    return report.ok ? 0 : 1;
  }
  if (command === 'export') {
    const log = await open(subgraph ?? '');
    const [child, trace] = [option('--child'), option('--trace')];
    for (const record of await readDisclosures(log)) {
      if (child && record.attributes['dpl.core.data_subject_id'] !== child) continue;
      if (trace && record.foreign_operation?.trace_id !== trace) continue;
      console.log(JSON.stringify(record));
    }
    await log.close();
    return 0;
  }
  if (command === 'join') {
    const trace = option('--trace');
    if (!trace) throw new Error('join needs --trace HUB_TRACE_ID');
    const hubLog = await openLogStore();
    const hubRecords: Awaited<ReturnType<typeof hubLog.forChild>> = [];
    for await (const entry of hubLog.scan()) {
      const record = JSON.parse(entry.raw) as (typeof hubRecords)[number];
      if (record.traceId === trace) hubRecords.push(record);
    }
    await hubLog.close();
    const partners: Record<string, Awaited<ReturnType<typeof readDisclosures>>> = {};
    for (const name of partnerNames) {
      const log = await open(name);
      partners[name] = (await readDisclosures(log)).filter((record) => record.foreign_operation?.trace_id === trace);
      await log.close();
    }
    console.log(JSON.stringify(joinByTrace(hubRecords, partners), null, 2));
    return 0;
  }
  throw new Error(`unknown command ${command}: verify, export or join`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`disclosures: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
