import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, settled } from './appPage.ts';
import { browserForThisFile } from './chromium.ts';

// The production login: OpenID Connect authorisation code flow with PKCE at the organisation's
// own identity provider, configured in the trusted-issuer list the gateway verifies with. The
// provider here exchanges a code only with the verifier of its challenge; the gateway accepts the
// access token it issued; the token stays in sessionStorage, never in localStorage or the URL.
const webUrl = inject('webUrl');
const idpUrl = inject('idpUrl');
const browser = browserForThisFile();

describe('signing in with the organisation’s identity provider', () => {
  it('runs the code flow with PKCE and works on the graph with the access token', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(webUrl);
    await page.getByLabel('Organisatie').selectOption('school-wilg');
    await page.getByLabel('Rol').selectOption('SCHOOL_CARE_COORDINATOR');
    await page.getByRole('radio', { name: 'Casusoverleg' }).check();
    expect(await page.locator('form').textContent()).toContain(`identiteitsaanbieder van uw organisatie (${new URL(idpUrl).host})`);
    await page.getByRole('button', { name: 'Aanmelden bij uw organisatie' }).click();
    await page.getByRole('navigation', { name: 'Schermen' }).waitFor();
    expect(await page.locator('.who').textContent()).toMatch(/Basisschool De Wilg/);
    expect(await page.locator('.who').textContent()).not.toMatch(/ontwikkellogin/);
    const stats = (await (await fetch(`${idpUrl}/_test/stats`)).json()) as { authorisations: number; pkceExchanges: number; refused: number };
    expect(stats).toMatchObject({ authorisations: 1, pkceExchanges: 1, refused: 0 });

    // The gateway accepts the provider's token: the school's own pupils come from the student system.
    await page.getByRole('navigation', { name: 'Schermen' }).getByRole('link', { name: 'Kind', exact: true }).click();
    await settled(page);
    expect(await page.locator('.child-list li').count()).toBeGreaterThan(0);
    expect(page.url()).not.toMatch(/code=|token|state=/);
    const stored = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
    expect(stored.local).toEqual([]);
    expect(stored.session).toContain('ketengraaf.session');
    await expectAccessible(page, 'Kind (OIDC)');
    await context.close();
  });
});
