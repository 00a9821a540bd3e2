import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;

/** The app's purposes as the purpose bar labels them. */
export const PURPOSE = { SIGNALLING: 'Signalering', CASE_DISCUSSION: 'Casusoverleg', WARM_HANDOVER: 'Warme overdracht', TREND_MONITORING: 'Trendmonitoring', DATA_SUBJECT_ACCESS: 'Inzage (verwerkingenlog)' } as const;

/** Uncaught errors and console errors in each page: a screen that throws has failed, whatever it shows. */
const pageErrors = new WeakMap<Page, string[]>();

/** A professional in a tab of their own (a new browser context: no storage shared with anyone else). */
export async function signIn(browser: Browser, webUrl: string, who: { organisation: string; role: string; purpose: keyof typeof PURPOSE }, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.message));
  // A CSP violation or a failed script shows only in the console: it counts as an error too.
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(webUrl);
  await page.getByLabel('Organisatie').selectOption(who.organisation);
  await page.getByLabel('Rol').selectOption(who.role);
  await page.getByRole('radio', { name: PURPOSE[who.purpose] }).check();
  await page.getByRole('button', { name: /Aanmelden/ }).click();
  await page.getByRole('navigation', { name: 'Schermen' }).waitFor();
  return page;
}

/** Waits until no part of the page is loading (every panel has its answer or its reason). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"], .loading').length === 0);
  expect(pageErrors.get(page) ?? []).toEqual([]);
}

/** Switches the purpose with the purpose bar (one click) and waits for the screen to ask again. */
export async function choosePurpose(page: Page, purpose: keyof typeof PURPOSE): Promise<void> {
  await page.getByRole('group', { name: 'Doel van uw werk (doelbinding)' }).getByRole('radio', { name: PURPOSE[purpose] }).check();
  await settled(page);
}

/**
 * axe-core in the page (evaluated, not a script tag: the app's CSP admits no inline script, rightly),
 * WCAG 2.1 A and AA rules; no serious or critical violation may remain.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  await settled(page);
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${screen}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

/** With SCREENSHOTS=1 (`npm run screenshots`), the screen as a PNG in docs/screenshots/ for the README. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  await settled(page);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: options.fullPage ?? true });
}
