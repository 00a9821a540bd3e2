import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium package; no browser is downloaded (the machine's network reaches package registries only). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium as this machine needs it: without background networking (its closed network
 * refuses Google's hosts, many at a time). Playwright gives every launch a fresh, empty profile of
 * its own (it refuses a --user-data-dir here), so no earlier run's storage leaks in.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** One browser for a test file: launched before its tests, closed after them. */
export function browserForThisFile(): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running: call browser() inside a test');
    return browser;
  };
}
