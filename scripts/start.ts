import { startDemoHub } from '../demo/startDemoHub.ts';
import { populationOptions } from '../demo/synthetic/population.ts';
import { SUBGRAPHS } from '../schema/subgraphs.ts';
import { durabilityWarning } from '../gateway/processingLog/openLogStore.ts';
import { defaultToDevelopment } from '../schema/environment.ts';

/** `npm start`: the hub with its demo partner systems on embedded defaults (NODE_ENV development unless set). */
defaultToDevelopment();
const started = Date.now();
try {
  const population = populationOptions();
  // DEMO_PORTS=ephemeral puts every server on a free port (tests; several hubs on one machine).
  const hub = await startDemoHub({ population, ports: process.env.DEMO_PORTS === 'ephemeral' ? 'ephemeral' : 'demo' });
  const lines = [
    `Ketengraaf demo hub ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${population.count} synthetic children, seed "${population.seed}").`,
    '',
    `  gateway      ${hub.gateway.url}   (health: ${new URL('/health', hub.gateway.url)})`,
    ...SUBGRAPHS.flatMap(({ name }) => (hub.subgraphs[name] ? [`  ${name.padEnd(12)} ${hub.subgraphs[name]?.url}`] : [])),
    ...SUBGRAPHS.flatMap(({ name }) => (hub.partners[name] ? [`  ${`${name} system`.padEnd(20)} ${hub.partners[name]?.url}`] : [])),
    '',
    `  storage      ${process.env.REDIS_URL ? `Redis at ${process.env.REDIS_URL}` : 'in memory (set REDIS_URL to use Redis)'}`,
    `  access log   ${process.env.REDIS_URL ? 'Redis stream (ketengraaf:{log}:stream)' : (process.env.KETENGRAAF_LOG_FILE ?? '.ketengraaf/processing-log.jsonl')}; check it with npm run audit:verify`,
    '',
    'Try:  TOKEN=$(npm run -s token -- --role SCHOOL_CARE_COORDINATOR --org school-esdoorn)',
    `      curl -s ${hub.gateway.url} -H "authorization: Bearer $TOKEN" -H "x-purpose: CASE_DISCUSSION" \\`,
    `        -H 'content-type: application/json' -d '{"query":"{ organisation(id: \\"school-esdoorn\\") { name pupils(first: 3) { id schoolEnrolment { group } } } }"}'`,
    '',
    'Stop with Ctrl-C.',
  ];
  console.log(lines.join('\n'));
  const warning = await durabilityWarning(hub.processingLog);
  if (warning) console.warn(`Warning: ${warning}`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the hub...`);
    await hub.close();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`The demo hub could not start: ${message}`);
  if (/EADDRINUSE/.test(message)) console.error('A demo port is in use: stop the other process, or set PORT for the gateway.');
  process.exit(1);
}
