import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_HUB_PARTS } from '../../demo/demoHubParts.ts';
import { partnerApiUrl } from '../../demo/partners/partnerApiUrl.ts';
import { DEFAULT_SEED } from '../../demo/synthetic/population.ts';
import { generateContextKeys } from '../../schema/callerContext.ts';
import { DEMO_PSEUDONYM_KEY, subgraphConfig } from '../../subgraphs/kit/config.ts';
import { startSubgraph, type SubgraphDefinition } from '../../subgraphs/kit/createSubgraph.ts';
import { startRecordingProxy } from '../../scripts/connector/conformance/recordingProxy.ts';
import { runConformance } from '../../scripts/connector/conformance/runConformance.ts';
import type { CheckResult } from '../../scripts/connector/conformance/check.ts';
import { GrantsDouble } from '../harness/grantsDouble.ts';
import { brokenFront } from './brokenFronts.ts';

/** The partner timeout the adapters run with here, so a hanging partner is seen quickly. */
const PARTNER_TIMEOUT_MS = 2000;

/**
 * Starts a partner adapter as it would run next to its partner (its demo system behind the suite's
 * recording proxy, no grants from casus), runs the conformance suite over HTTP against it, and
 * stops everything. `definition` may be a deliberately broken variant of the adapter.
 */
export async function conformanceOf(name: string, broken: { definition?: SubgraphDefinition<any, any>; front?: 'graphql' | 'involvement' } = {}): Promise<CheckResult[]> {
  const part = DEMO_HUB_PARTS[name];
  if (!part?.startPartner) throw new Error(`${name} has no demo partner system`);
  const system = await part.startPartner({ seed: DEFAULT_SEED, count: 300 });
  const proxy = await startRecordingProxy(partnerApiUrl(name, system.url));
  const keys = await generateContextKeys();
  const forger = await generateContextKeys();
  const prefix = name.toUpperCase();
  const subgraph = await startSubgraph(
    broken.definition ?? part.definition,
    subgraphConfig(name, {
      NODE_ENV: 'test',
      [`${prefix}_PARTNER_URL`]: proxy.url,
      [`${prefix}_PARTNER_TOKEN`]: 'demo-partner-token',
      [`${prefix}_PARTNER_TIMEOUT_MS`]: String(PARTNER_TIMEOUT_MS),
      KETENGRAAF_CONTEXT_PUBLIC_KEY: keys.publicJwk,
      KETENGRAAF_DISCLOSURE_LOG_DIR: mkdtempSync(join(tmpdir(), 'ketengraaf-conformance-')),
    }),
    { grantSource: new GrantsDouble() },
  );
  const front = broken.front ? await brokenFront(subgraph.url, name, keys.privateKey, broken.front) : null;
  try {
    return await runConformance({
      subgraph: name,
      url: front?.url ?? subgraph.url,
      contextKey: keys.privateKey,
      forgerKey: forger.privateKey,
      proxy,
      pseudonymKey: DEMO_PSEUDONYM_KEY,
      partnerTimeoutMs: PARTNER_TIMEOUT_MS,
      transcript: [],
    });
  } finally {
    await front?.close();
    await subgraph.close();
    await proxy.close();
    await system.close();
  }
}
