import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevIssuer } from '../../gateway/devIssuer.ts';
import type { ExecutionObserver } from '../../gateway/releaseCandidate.ts';
import { startDemoHub, type DemoHub } from '../../demo/startDemoHub.ts';
import { DEFAULT_SEED } from '../../demo/synthetic/population.ts';
import type { Purpose, Role } from '../../schema/vocabulary.ts';
import { postGraphQL } from './postGraphQL.ts';

export const TEST_POPULATION = { seed: DEFAULT_SEED, count: 400 };

export interface TestHub extends DemoHub {
  /** Sends a query through the gateway as a professional of `org` in `role`, for `purpose`. */
  query(as: { role: Role; org: string; purpose: Purpose; sub?: string }, query: string, variables?: Record<string, unknown>): ReturnType<typeof postGraphQL>;
  /** Calls counted by a demo partner system per route since the last reset. */
  partnerCalls(partner: string): Promise<Record<string, number>>;
  resetPartnerCalls(): Promise<void>;
}

/** The whole hub on free ports with a fresh development issuer, for composed and end-to-end tests. */
export async function startTestHub(options: { env?: NodeJS.ProcessEnv; observer?: ExecutionObserver } = {}): Promise<TestHub> {
  const devIssuer = await DevIssuer.generate();
  const hub = await startDemoHub({
    population: TEST_POPULATION,
    ports: 'ephemeral',
    devIssuer,
    // Each test hub writes its own processing log, never the repository's.
    env: {
      NODE_ENV: 'test',
      GRANTS_CACHE_MS: '0',
      KETENGRAAF_LOG_FILE: join(mkdtempSync(join(tmpdir(), 'ketengraaf-log-')), 'processing-log.jsonl'),
      // The partner adapters' own disclosure logs, one file each.
      KETENGRAAF_DISCLOSURE_LOG_DIR: mkdtempSync(join(tmpdir(), 'ketengraaf-disclosures-')),
      ...options.env,
    },
    observer: options.observer,
  });
  return {
    ...hub,
    query: async (as, query, variables) => {
      const token = await devIssuer.issue({ role: as.role, organisation: as.org, professional: as.sub });
      return postGraphQL(hub.gateway.url, query, { variables, headers: { authorization: `Bearer ${token}`, 'x-purpose': as.purpose } });
    },
    partnerCalls: async (partner) => {
      const running = hub.partners[partner];
      if (!running) throw new Error(`no demo partner system named ${partner}`);
      return (await (await fetch(`${running.url}_demo/calls`)).json()) as Record<string, number>;
    },
    resetPartnerCalls: async () => {
      await Promise.all(Object.values(hub.partners).map((p) => fetch(`${p.url}_demo/calls/reset`, { method: 'POST' })));
    },
  };
}
