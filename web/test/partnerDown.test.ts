import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, settled, signIn } from './appPage.ts';
import { browserForThisFile } from './chromium.ts';

// A partner system that stops answering (its process paused, as a hung system does): the Kind
// screen shows that partner's panel loading and then "not reachable", while every other panel
// answers and the page keeps working.
const CHILD = 'ch_XszR5c1PA6DPkO7KuwoMEnW5Hab';
const webUrl = inject('webUrl');
const gatewayUrl = inject('gatewayUrl');
const browser = browserForThisFile();

async function pidOf(component: string): Promise<number> {
  const health = (await (await fetch(new URL('/health', gatewayUrl))).json()) as { processes: Record<string, { pid: number | null }> };
  const pid = health.processes[component]?.pid;
  if (!pid) throw new Error(`no running ${component} in /health`);
  return pid;
}

describe('a partner that is down', () => {
  it('shows as down in its own panel without breaking the page', async () => {
    const page = await signIn(browser(), webUrl, { organisation: 'politie-basisteam', role: 'POLICE_OFFICER', purpose: 'CASE_DISCUSSION' });
    const policeSystem = await pidOf('police-system');
    process.kill(policeSystem, 'SIGSTOP');
    try {
      await page.goto(new URL(`/kind/${CHILD}`, webUrl).href);
      const police = page.locator('[data-partner="police"]');
      // While the police system does not answer, its panel says it is loading; the school's has answered.
      await page.locator('[data-partner="school"] .panel-field').first().waitFor();
      expect(await police.getAttribute('aria-busy')).toBe('true');
      expect(await police.getByRole('status').textContent()).toMatch(/wordt opgehaald/);
      // Then (the adapter's partner timeout) the panel says the system is not reachable.
      await police.locator('.notice-unavailable').first().waitFor({ timeout: 30_000 });
      expect(await police.textContent()).toMatch(/Het systeem van de politie antwoordt nu niet/);
      await settled(page);
      expect(await page.locator('[data-partner="school"] .notice-forbidden').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-partner="casus"]').textContent()).toMatch(/Open casus/);
      await expectAccessible(page, 'Kind (partner onbereikbaar)');
    } finally {
      process.kill(policeSystem, 'SIGCONT');
    }
  });
});
