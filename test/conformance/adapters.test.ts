import { describe, expect, it } from 'vitest';
import { DEMO_HUB_PARTS } from '../../demo/demoHubParts.ts';
import { formatReport } from '../../scripts/connector/conformance/runConformance.ts';
import { conformanceOf } from './conformanceBed.ts';

// The covenant's contract, checked over HTTP as for an adapter in any language, on every partner
// adapter of the hub (a connector made by npm run connector:new included).
const ADAPTERS = Object.entries(DEMO_HUB_PARTS).filter(([, part]) => part.startPartner !== null).map(([name]) => name);

describe.each(ADAPTERS)('the %s adapter', (name) => {
  it('passes every conformance check', async () => {
    const results = await conformanceOf(name);
    expect(results.filter((r) => !r.ok), formatReport(name, results)).toEqual([]);
    expect(results.map((r) => r.id)).toEqual(['sdl', 'pseudonym', 'entities', 'contexts', 'involvement', 'per-child', 'batching', 'partner-failure', 'no-bsn-no-local-id']);
  }, 60_000);
});
