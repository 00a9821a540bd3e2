import { describe, expect, inject, it } from 'vitest';
import { browserForThisFile } from './chromium.ts';

// GraphiQL for developers at the gateway (development mode): it loads in the browser from the
// gateway itself (bundled, no CDN), the bearer token and X-Purpose are set in its headers editor,
// a query runs, and the token is not written to the browser's storage.
const webUrl = inject('webUrl');
const gatewayUrl = inject('gatewayUrl');
const browser = browserForThisFile();

describe('GraphiQL at the gateway', () => {
  it('runs a query with the token and purpose set in its headers editor, and keeps no token', async () => {
    const answer = await fetch(new URL('/dev/token', webUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'CASE_DIRECTOR', organisation: 'gemeente-demo' }) });
    const { token } = (await answer.json()) as { token: string };
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).origin));
    await page.goto(gatewayUrl);
    await page.locator('.graphiql-container').first().waitFor();
    // The headers editor (Monaco, which renders spaces as no-break spaces): replace its template with the two headers every request needs.
    const headers = page.locator('.graphiql-editor-tool .graphiql-editor').last();
    await headers.locator('.monaco-editor').waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('.graphiql-editor-tool .view-lines')].some((lines) => lines.textContent?.includes('x-purpose')));
    await headers.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(JSON.stringify({ authorization: `Bearer ${token}`, 'x-purpose': 'CASE_DISCUSSION' }));
    await page.waitForFunction(() => [...document.querySelectorAll('.graphiql-editor-tool .view-lines')].some((lines) => lines.textContent?.includes('"x-purpose":"CASE_DISCUSSION"}')));
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('school-esdoorn'));
    expect(new Set(requests)).toEqual(new Set([new URL(gatewayUrl).origin]));
    const stored = await page.evaluate(() => [...Object.values(localStorage), ...Object.values(sessionStorage)].join('\n'));
    expect(stored).not.toContain(token);
    await page.close();
  });
});
