import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, settled, signIn } from './appPage.ts';
import { browserForThisFile } from './chromium.ts';

// Keyboard use and the two screen sizes the covenant's professionals work on (a 1280×800 laptop
// and a tablet): a skip link, the purpose changed with the arrow keys, every screen reachable from
// the navigation with focus on its heading, and no screen wider than the window.
const CHILD = 'ch_XszR5c1PA6DPkO7KuwoMEnW5Hab';
const webUrl = inject('webUrl');
const browser = browserForThisFile();

const focused = (page: import('playwright-core').Page) => page.evaluate(() => { const e = document.activeElement; return e?.textContent?.trim() || e?.outerHTML.slice(0, 80) || ''; });

describe('keyboard and screen sizes', () => {
  it('works by keyboard: skip link, purpose with the arrow keys, navigation with focus on each heading', async () => {
    const page = await signIn(browser(), webUrl, { organisation: 'gemeente-demo', role: 'CASE_DIRECTOR', purpose: 'SIGNALLING' });
    await settled(page);
    // From the top of the page, as after a page load.
    await page.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#inhoud');
    // The purpose bar: Tab reaches the checked radio; an arrow key moves the purpose, and the screen shows it.
    await page.getByRole('radio', { name: 'Signalering' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.current-purpose').textContent()).toMatch(/Casusoverleg/);
    await page.getByRole('navigation', { name: 'Schermen' }).getByRole('link', { name: 'Kind', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Kind zoeken');
    await page.getByRole('navigation', { name: 'Schermen' }).getByRole('link', { name: 'Trends', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Trends');
    // Trends is trend monitoring: one key press on the offered button changes the purpose.
    await page.getByRole('button', { name: 'Wissel naar doel Trendmonitoring' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('canvas[data-chart="Per maand"]').waitFor();
    await expectAccessible(page, 'Trends (regisseur)');
  });

  for (const viewport of [{ width: 1280, height: 800 }, { width: 768, height: 1024 }]) {
    it(`fits ${viewport.width}×${viewport.height} without sideways scrolling, on every screen of a school's IB'er`, async () => {
      const page = await signIn(browser(), webUrl, { organisation: 'school-esdoorn', role: 'SCHOOL_CARE_COORDINATOR', purpose: 'CASE_DISCUSSION' }, viewport);
      for (const path of ['/signalen', `/kind/${CHILD}`, '/casus', '/overdracht']) {
        await page.goto(new URL(path, webUrl).href);
        await settled(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
      await expectAccessible(page, `Overdracht at ${viewport.width}`);
    });
  }
});
