import { durabilityWarning, openLogStore } from '../gateway/processingLog/openLogStore.ts';
import { devIssuerAllowed } from '../gateway/devIssuer.ts';
import { trustedIssuersFromEnv } from '../gateway/trustedIssuers.ts';
import { populationOptions } from '../demo/synthetic/population.ts';
import { defaultToDevelopment, developmentMode } from '../schema/environment.ts';
import { SUBGRAPHS } from '../schema/subgraphs.ts';
import { entryPointsFromEnv } from './supervisor/entryPoints.ts';
import { CASUS_IN_MEMORY, hubComponents, sharedEnv } from './supervisor/hubComponents.ts';
import { hubSettingsFromEnv } from './supervisor/hubSettings.ts';
import { Supervisor } from './supervisor/supervisor.ts';

/**
 * `npm start`: the hub with its demo partner systems on embedded defaults (NODE_ENV development
 * unless set), each component in its own process under a supervisor that restarts a crashed one.
 */
defaultToDevelopment();
const started = Date.now();
const env = process.env;
let supervisor: Supervisor | null = null;
let stopping = false;
const stop = async (signal: string) => {
  if (stopping) {
    // A second Ctrl-C: the user does not want to wait for a component that is slow to stop.
    supervisor?.kill();
    process.exit(130);
  }
  stopping = true;
  console.log(`\n${signal}: stopping the hub...`);
  await supervisor?.stop();
  console.log('Stopped.');
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

try {
  const population = populationOptions(env);
  // Refused here, before any process starts, in the words of the setting to change.
  if (!devIssuerAllowed(env) && trustedIssuersFromEnv(env).length === 0) {
    throw new Error(`NODE_ENV=${env.NODE_ENV ?? ''} is not development or test, so the development issuer is off, and KETENGRAAF_TRUSTED_ISSUERS names no other: nobody could sign in`);
  }
  const settings = await hubSettingsFromEnv(env);
  const components = hubComponents(settings);
  const entryPoints = entryPointsFromEnv(env, components.map((component) => component.entry));
  supervisor = new Supervisor(components, { entryPoints, sharedEnv: sharedEnv(env) });
  const urls = await supervisor.start();
  const lines = [
    `Ketengraaf demo hub ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${population.count} synthetic children, seed "${population.seed}").`,
    '',
    `  web app      ${urls.web}   (open this in a browser${developmentMode(env) ? `; GraphiQL for developers at ${urls.gateway}` : ''})`,
    `  gateway      ${urls.gateway}   (health: ${new URL('/health', urls.gateway)})`,
    ...SUBGRAPHS.map(({ name }) => `  ${name.padEnd(12)} ${urls[name]}`),
    ...SUBGRAPHS.flatMap(({ name }) => (urls[`${name}-system`] ? [`  ${`${name} system`.padEnd(20)} ${urls[`${name}-system`]}`] : [])),
    '',
    `  processes    ${components.length}, one per component (${entryPoints.compiled ? 'compiled, from dist/' : 'TypeScript through tsx; KETENGRAAF_COMPILED=1 runs dist/'}); a crashed one is restarted, /health shows each`,
    `  storage      ${env.REDIS_URL ? `Redis at ${env.REDIS_URL}` : 'in memory of the casus process (set REDIS_URL to use Redis)'}`,
    `  access log   ${env.REDIS_URL ? 'Redis stream (ketengraaf:{log}:stream)' : settings.logFile}; check it with npm run audit:verify`,
    '',
    'Try:  TOKEN=$(npm run -s token -- --role SCHOOL_CARE_COORDINATOR --org school-esdoorn)',
    `      curl -s ${urls.gateway} -H "authorization: Bearer $TOKEN" -H "x-purpose: CASE_DISCUSSION" \\`,
    `        -H 'content-type: application/json' -d '{"query":"{ organisation(id: \\"school-esdoorn\\") { name pupils(first: 3) { id schoolEnrolment { group } } } }"}'`,
    '',
    'Stop with Ctrl-C.',
  ];
  console.log(lines.join('\n'));
  if (!env.REDIS_URL) console.warn(`Note: ${CASUS_IN_MEMORY}`);
  if (env.REDIS_URL) {
    const log = await openLogStore(env);
    const warning = await durabilityWarning(log);
    await log.close();
    if (warning) console.warn(`Warning: ${warning}`);
  }
} catch (error) {
  // Ctrl-C during start-up: the signal handler stops what started and says so.
  if (stopping) await new Promise(() => undefined);
  const message = error instanceof Error ? error.message : String(error);
  console.error(`The demo hub could not start: ${message}`);
  if (/EADDRINUSE/.test(message)) console.error('A demo port is in use: stop the other process (another npm start?), set PORT for the gateway, or DEMO_PORTS=ephemeral for free ports.');
  stopping = true;
  await supervisor?.stop();
  process.exit(1);
}
