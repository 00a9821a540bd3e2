import { describe, expect, it } from 'vitest';
import { CHECKS, formatReport } from '../../scripts/connector/conformance/runConformance.ts';
import { BROKEN_ADAPTERS } from './brokenAdapters.ts';
import { conformanceOf } from './conformanceBed.ts';

// A check that cannot fail proves nothing: each one is shown to fail on a school adapter broken in
// exactly the way it guards against (the correct school adapter passes them all, adapters.test.ts).
describe('every conformance check fails on the adapter broken for it', () => {
  it('has a broken adapter for every check', () => {
    expect(BROKEN_ADAPTERS.map((b) => b.check).sort()).toEqual(['batching', 'contexts', 'entities', 'involvement', 'no-bsn-no-local-id', 'partner-failure', 'per-child', 'pseudonym', 'sdl']);
    expect(BROKEN_ADAPTERS).toHaveLength(CHECKS.length);
  });

  it.each(BROKEN_ADAPTERS.map((b) => [b.check, b] as const))('%s fails', async (check, broken) => {
    const results = await conformanceOf('school', broken);
    expect(results.find((r) => r.id === check)?.ok, `${broken.what}\n${formatReport('school', results)}`).toBe(false);
  }, 60_000);
});
