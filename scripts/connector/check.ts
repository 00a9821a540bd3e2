import { readFileSync } from 'node:fs';
import { generateContextKeys, importContextKey } from '../../schema/callerContext.ts';
import { SUBGRAPHS } from '../../schema/subgraphs.ts';
import { DEMO_PSEUDONYM_KEY } from '../../subgraphs/kit/config.ts';
import { cliArgs } from './cliArgs.ts';
import { startRecordingProxy } from './conformance/recordingProxy.ts';
import { formatReport, runConformance } from './conformance/runConformance.ts';

/** `npm run connector:check`: the covenant's conformance suite against a running subgraph, in any language, over HTTP. */
const USAGE = `Usage: npm run connector:check -- --url <subgraph /graphql URL> --context-key <file> --partner-url <URL> [options]

Checks a running subgraph against the covenant's contract and prints one line per check:
  sdl                 _service SDL links @privacy and every personal field has a rule (default deny)
  pseudonym           the derivation matches the test vector; the subgraph recognises the pseudonyms
                      of the BSNs its partner lists
  entities            _entities is null for an unknown key and never invents an object
  contexts            /graphql refuses no, forged, expired, another subgraph's, the grants-only and
                      the involvement-only context, over GET and POST
  involvement         POST /involvement answers only the involvement context addressed to it
  per-child           per-child rules are decided before the partner is asked
  batching            a list of N children costs one partner call per resource
  partner-failure     a failing or hanging partner gives PARTNER_UNAVAILABLE tagged with the subgraph, in time
  no-bsn-no-local-id  no answer holds a BSN or a local identifier of the partner

The suite puts a recording proxy in front of the partner: start (or restart) the subgraph with its
partner URL on the proxy (<NAME>_PARTNER_URL=http://127.0.0.1:<proxy port>/) after the suite prints it;
the suite waits until the subgraph has loaded its identity list through it. Point the subgraph's
CASUS_URL at a casus without cases for these callers (or a stub answering no grants).

  --url URL               the subgraph's /graphql
  --context-key FILE      the gateway's private context key (JWK JSON) the subgraph trusts
  --partner-url URL       the partner system's API base (the proxy forwards there)
  --subgraph NAME         the subgraph's name (default: from schema/subgraphs.ts by the URL's port)
  --proxy-port N          the proxy's port (default 5999)
  --partner-timeout-ms N  the subgraph's partner timeout (default 5000)
  --pseudonym-key-file F  the covenant's pseudonym key (default: the demo key)
  --wait-ms N             how long to wait for the identity list (default 120000)`;

const { option } = cliArgs(USAGE);
const required = (flag: string) => {
  const value = option(flag);
  if (!value) throw new Error(`${flag} is required (npm run connector:check -- --help)`);
  return value;
};

async function main(): Promise<boolean> {
  const url = required('--url');
  const subgraph = option('--subgraph') ?? SUBGRAPHS.find((entry) => String(entry.port) === new URL(url).port)?.name;
  if (!subgraph) throw new Error('--subgraph is required: the URL matches no demo port in schema/subgraphs.ts');
  const contextKey = await importContextKey(readFileSync(required('--context-key'), 'utf8'));
  const pseudonymFile = option('--pseudonym-key-file');
  const proxy = await startRecordingProxy(required('--partner-url'), Number(option('--proxy-port') ?? 5999));
  try {
    console.log(`Recording proxy at ${proxy.url}: start the ${subgraph} subgraph with ${subgraph.toUpperCase()}_PARTNER_URL=${proxy.url}`);
    const waitUntil = Date.now() + Number(option('--wait-ms') ?? 120_000);
    // Ready once its identity list came through the proxy and its health check answers.
    const healthy = () => fetch(new URL('/health', url)).then((response) => response.ok, () => false);
    while (proxy.bsns.size === 0 || !(await healthy())) {
      if (Date.now() > waitUntil) throw new Error('the subgraph did not list its identities through the proxy and answer /health in time');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const results = await runConformance({
      subgraph,
      url,
      contextKey,
      forgerKey: (await generateContextKeys()).privateKey,
      proxy,
      pseudonymKey: pseudonymFile ? readFileSync(pseudonymFile, 'utf8').trim() : DEMO_PSEUDONYM_KEY,
      partnerTimeoutMs: Number(option('--partner-timeout-ms') ?? 5000),
      transcript: [],
    });
    console.log(formatReport(subgraph, results));
    return results.every((r) => r.ok);
  } finally {
    await proxy.close();
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error(`connector:check: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
