import { partnerApiUrl } from '../../demo/partners/partnerApiUrl.ts';
import { SUBGRAPHS } from '../../schema/subgraphs.ts';
import type { HubSettings } from './hubSettings.ts';

/** One process of the hub as the supervisor runs it. */
export interface ComponentSpec {
  /** Its key in `/health`'s `processes`: `gateway`, `casus`, `school`, `school-system`. */
  name: string;
  /** How people call it: `gateway`, `school subgraph`, `school demo system`. */
  label: string;
  /** Its entry module below the code root, without extension (`subgraphs/school/main`). */
  entry: string;
  /** Where it first listens: its demo port, or 0 for a free one. */
  port: number;
  /** Started once these are healthy. */
  needs: readonly string[];
  /**
   * Told these components' URLs once they are healthy (casus asks the partner subgraphs, which
   * need casus's URL to start), so neither waits for the other.
   */
  tells: readonly string[];
  /** Said when it was restarted: what a restart costs (casus's store in memory). */
  restartNote?: string;
  /** Its own settings, given the URLs known so far and the port to listen on. */
  env(urlOf: (name: string) => string | undefined, port: number): NodeJS.ProcessEnv;
}

/** What a restart of casus costs without Redis: said at start-up and at each restart. */
export const CASUS_IN_MEMORY = 'Without REDIS_URL its store lives in its own memory: a restart of casus loses every case, consent and signal (set REDIS_URL to keep them in Redis).';

/** The web app's port under `npm start` (`WEB_PORT` for `web/server/main` alone). */
export const WEB_DEMO_PORT = 4080;

/** The origins a browser may load the app from, given its server's URL: by loopback name and by address. */
function appOrigins(webUrl: string | undefined): string | undefined {
  if (!webUrl) return undefined;
  const { port } = new URL(webUrl);
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`].join(',');
}

/** Settings that belong to one process only and are never passed on to the others. */
const NOT_PASSED_ON = ['PORT', 'DEMO_PORTS', 'KETENGRAAF_COMPILED', 'KETENGRAAF_CONTEXT_PRIVATE_KEY', 'KETENGRAAF_CONTEXT_PUBLIC_KEY', 'KETENGRAAF_PSEUDONYM_KEY', 'DEMO_PARTNER_TOKEN'];

/** The environment every process starts from: `npm start`'s own, less the settings above. */
export function sharedEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !NOT_PASSED_ON.includes(name)));
}

const defined = (entries: Record<string, string | undefined>): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(entries).filter((entry): entry is [string, string] => entry[1] !== undefined));

/**
 * The hub as deployed: a demo system per partner, its adapter (subgraph) beside it, casus and
 * auditlog, and the gateway in front, each its own process. Secrets go only where they are used:
 * the context's private key to the gateway, the pseudonym key and partner tokens to the adapters.
 */
export function hubComponents(settings: HubSettings): ComponentSpec[] {
  const port = (demoPort: number) => (settings.ports === 'demo' ? demoPort : 0);
  const { publicJwk, privateJwk } = settings.contextKeys;
  const pseudonymKey = settings.env.KETENGRAAF_PSEUDONYM_KEY;
  const logFile = settings.logFile ?? undefined;
  const partnerSubgraphs = SUBGRAPHS.filter((entry) => entry.partnerPort !== null).map((entry) => entry.name);
  const subgraphUrls = (urlOf: (name: string) => string | undefined, names: readonly string[]) =>
    Object.fromEntries(names.map((name) => [`SUBGRAPH_${name.toUpperCase()}_URL`, urlOf(name)]));

  const partnerSystems: ComponentSpec[] = SUBGRAPHS.flatMap(({ name, partnerPort }) =>
    partnerPort === null
      ? []
      : [{ name: `${name}-system`, label: `${name} demo system`, entry: `demo/partners/${name}/main`, port: port(partnerPort), needs: [], tells: [], env: (_, listen) => ({ PORT: String(listen), DEMO_PARTNER_TOKEN: settings.partnerToken }) }],
  );
  const subgraphs: ComponentSpec[] = SUBGRAPHS.map(({ name, port: demoPort, partnerPort }) => {
    const prefix = name.toUpperCase();
    const common = { name, label: `${name} subgraph`, entry: `subgraphs/${name}/main`, port: port(demoPort) };
    const own = (listen: number) => ({ [`${prefix}_PORT`]: String(listen), KETENGRAAF_CONTEXT_PUBLIC_KEY: publicJwk, KETENGRAAF_PSEUDONYM_KEY: pseudonymKey });
    if (partnerPort !== null) {
      return {
        ...common,
        needs: [`${name}-system`, 'casus'],
        tells: [],
        env: (urlOf, listen) =>
          defined({
            ...own(listen),
            [`${prefix}_PARTNER_URL`]: partnerApiUrl(name, urlOf(`${name}-system`) ?? ''),
            [`${prefix}_PARTNER_TOKEN`]: settings.partnerToken,
            CASUS_URL: urlOf('casus'),
          }),
      };
    }
    if (name === 'casus') return { ...common, needs: [], tells: partnerSubgraphs, restartNote: settings.env.REDIS_URL ? undefined : CASUS_IN_MEMORY, env: (urlOf, listen) => defined({ ...own(listen), ...subgraphUrls(urlOf, partnerSubgraphs) }) };
    return { ...common, needs: [], tells: [], env: (_, listen) => defined({ ...own(listen), KETENGRAAF_LOG_FILE: logFile }) };
  });
  // The app's server starts first, so the gateway can allow its origin (CORS); it is told the gateway's URL once that runs.
  const web: ComponentSpec = {
    name: 'web',
    label: 'web app',
    entry: 'web/server/main',
    port: port(WEB_DEMO_PORT),
    needs: [],
    tells: ['gateway'],
    env: (urlOf, listen) => defined({ WEB_PORT: String(listen), KETENGRAAF_GATEWAY_URL: urlOf('gateway') }),
  };
  const gateway: ComponentSpec = {
    name: 'gateway',
    label: 'gateway',
    entry: 'gateway/main',
    port: settings.gatewayPort,
    needs: [...SUBGRAPHS.map((entry) => entry.name), 'web'],
    tells: [],
    env: (urlOf, listen) =>
      defined({
        PORT: String(listen),
        KETENGRAAF_CONTEXT_PRIVATE_KEY: privateJwk,
        KETENGRAAF_LOG_FILE: logFile,
        KETENGRAAF_ALLOWED_ORIGINS: settings.env.KETENGRAAF_ALLOWED_ORIGINS || appOrigins(urlOf('web')),
        ...subgraphUrls(urlOf, SUBGRAPHS.map((entry) => entry.name)),
      }),
  };
  return [...partnerSystems, ...subgraphs, web, gateway];
}
