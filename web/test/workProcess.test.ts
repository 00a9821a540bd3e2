import type { Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { browserForThisFile } from './chromium.ts';
import { choosePurpose, expectAccessible, screenshot, settled, signIn } from './appPage.ts';

// The covenant's work process in a real browser against `npm start`: the same child seen by three
// roles with the reasons for what each may not see; two signals and their match; a case opened and
// escalated with another organisation's confirmation, after which a participant sees more; the
// privacy officer finding those clicks in the log; the trend chart. Every screen is scanned with axe.
// A pupil of De Esdoorn with a Veilig Thuis file and police registrations in the default demo data (README walkthrough).
const CHILD = 'ch_XszR5c1PA6DPkO7KuwoMEnW5Hab';
const BIRTH_DATE = '2021-07-08';
const webUrl = inject('webUrl');
const browser = browserForThisFile();
const pages: Page[] = [];
const as = async (...args: Parameters<typeof signIn> extends [unknown, unknown, ...infer Rest] ? Rest : never) => {
  const page = await signIn(browser(), webUrl, ...args);
  pages.push(page);
  return page;
};

// A failed step leaves what each professional saw, to look at.
afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail') return;
  const folder = mkdtempSync(join(tmpdir(), 'ketengraaf-failed-'));
  await Promise.all(pages.map((page, index) => page.screenshot({ path: join(folder, `page-${index}.png`), fullPage: true }).catch(() => undefined)));
  console.error(`Screens at the failure: ${folder}`);
});

const field = (page: Page, partner: string, name: string) => page.locator(`[data-partner="${partner}"] [data-field-name="${name}"]`);

async function openChild(page: Page) {
  await page.getByRole('navigation', { name: 'Schermen' }).getByRole('link', { name: 'Kind' }).click();
  await page.getByLabel('Pseudoniem van het kind').fill(CHILD);
  await page.getByRole('button', { name: 'Openen' }).click();
  await page.locator('[data-partner="police"] .panel-field').first().waitFor();
  await settled(page);
}

async function registerSignal(page: Page, contactName: string, domain: string) {
  await page.getByRole('link', { name: 'Mijn signalen en matches' }).click();
  await page.getByLabel('Pseudoniem van het kind').fill(CHILD);
  await page.getByLabel(/Geboortedatum/).fill(BIRTH_DATE);
  await page.getByLabel('Domein').selectOption(domain);
  await page.getByLabel('Uw naam als contactpersoon').fill(contactName);
  await page.getByRole('button', { name: 'Signaal afgeven' }).click();
  await page.getByText('Het signaal is afgegeven.').waitFor();
  await settled(page);
}

describe('the work process in the browser', () => {
  it('signs in with organisation, role and an explicitly chosen purpose (the login screen passes axe)', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    await page.goto(webUrl);
    await expectAccessible(page, 'Aanmelden');
    await page.getByLabel('Organisatie').selectOption('school-esdoorn');
    await page.getByLabel('Rol').selectOption('SCHOOL_CARE_COORDINATOR');
    // No purpose is chosen for the professional: the button says what is missing.
    await page.getByRole('button', { name: /Aanmelden/ }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/doel van uw werk/);
    await page.getByRole('radio', { name: 'Casusoverleg' }).check();
    await screenshot(page, 'aanmelden');
    await context.close();
  });

  it('shows the same child differently to three roles, each with the reasons for what it may not see', async () => {
    const school = await as({ organisation: 'school-esdoorn', role: 'SCHOOL_CARE_COORDINATOR', purpose: 'CASE_DISCUSSION' });
    await openChild(school);
    await expect.poll(() => field(school, 'school', 'schoolEnrolment').textContent()).toMatch(/Basisschool De Esdoorn/);
    const schoolOnPolice = field(school, 'police', 'policeRegistrations').locator('.notice-forbidden');
    expect(await schoolOnPolice.textContent()).toMatch(/niet zichtbaar voor u.*geen enkel doel/);
    // The hub's own words are one click away, and never the data.
    await schoolOnPolice.getByText('Melding van de hub').click();
    expect(await schoolOnPolice.locator('.hub-message').textContent()).toMatch(/Child.policeRegistrations is not released to role SCHOOL_CARE_COORDINATOR/);
    // A per-child rule says what would release it: here taking part in the child's case, with consent or from AVE phase 3.
    expect(await field(school, 'veiligthuis', 'veiligThuisStatus').textContent()).toMatch(/deelname van uw organisatie aan de open casus.*AVE-fase 3/);
    // The youth-care provider's panel is there too; its trajectory is never the school's to see.
    expect(await field(school, 'jeugdhulp', 'activeYouthCare').locator('.notice-forbidden').textContent()).toMatch(/geen enkel doel/);
    await expectAccessible(school, 'Kind (IB’er)');
    await screenshot(school, 'kind-ib');

    const police = await as({ organisation: 'politie-basisteam', role: 'POLICE_OFFICER', purpose: 'CASE_DISCUSSION' });
    await openChild(police);
    expect(await field(police, 'police', 'policeRegistrations').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await field(police, 'school', 'schoolAbsences').locator('.notice-forbidden').textContent()).toMatch(/geen enkel doel/);
    expect(await field(police, 'ggd', 'jgzConcerns').locator('.notice-forbidden').count()).toBe(1);
    await screenshot(police, 'kind-politie');

    const jgz = await as({ organisation: 'ggd-regio', role: 'JGZ_PROFESSIONAL', purpose: 'CASE_DISCUSSION' });
    await openChild(jgz);
    expect(await field(jgz, 'ggd', 'jgzConcerns').locator('.notice').count()).toBe(0);
    expect(await field(jgz, 'ggd', 'jgzConcerns').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await field(jgz, 'police', 'policeRegistrations').locator('.notice-forbidden').count()).toBe(1);
    // Each sees the field the others may not: three different views of one child.
    expect(await field(school, 'ggd', 'jgzConcerns').locator('.notice-forbidden').count()).toBe(1);
  });

  it('registers two signals and shows the match with the other organisation’s contact', async () => {
    const school = pages[0] as Page;
    await choosePurpose(school, 'SIGNALLING');
    await registerSignal(school, "IB'er De Esdoorn", 'EDUCATION');
    const veiligThuis = await as({ organisation: 'veilig-thuis-regio', role: 'VEILIG_THUIS_WORKER', purpose: 'SIGNALLING' });
    await registerSignal(veiligThuis, 'Medewerker Veilig Thuis', 'SAFETY');
    await school.reload();
    await settled(school);
    const match = school.locator('.match', { hasText: CHILD });
    expect(await match.textContent()).toMatch(/Veilig Thuis Regio Demo.*Medewerker Veilig Thuis.*Eigen registratie/);
    await expectAccessible(school, 'Mijn signalen en matches');
    await screenshot(school, 'signalen');
  });

  it('opens a case, escalates it with another organisation’s confirmation, and the school then sees more', async () => {
    const director = await as({ organisation: 'gemeente-demo', role: 'CASE_DIRECTOR', purpose: 'SIGNALLING' });
    await director.getByRole('link', { name: 'Mijn signalen en matches' }).click();
    await settled(director);
    await director.locator('.match', { hasText: CHILD }).getByRole('link', { name: 'Casus openen' }).click();
    // Opening a case is case discussion: the screen says so and changes the purpose in one click.
    await director.getByRole('button', { name: 'Wissel naar doel Casusoverleg' }).click();
    await director.getByLabel('Uw naam als regisseur').fill('Regisseur jeugdteam');
    await director.getByLabel('Reden', { exact: true }).fill('Match school en Veilig Thuis');
    await director.getByRole('button', { name: 'Casus openen' }).click();
    await director.getByRole('heading', { name: 'Overzicht' }).waitFor();
    await settled(director);

    // Consent for Veilig Thuis (a participant): recorded by the director, valid at once (AVE phase 2).
    await director.getByLabel('Voor organisatie').selectOption('veilig-thuis-regio');
    // The municipality reported no birth date with a signal: it gives one (the consent age rule: under 12, a parent).
    await director.getByLabel('Geboortedatum van het kind').fill(BIRTH_DATE);
    await director.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await expect.poll(() => director.locator('.consents').textContent()).toMatch(/Veilig Thuis Regio Demo: Geldig/);
    // For the director's own organisation it waits for another organisation's confirmation.
    await director.getByLabel('Voor organisatie').selectOption('gemeente-demo');
    await director.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await expect.poll(() => director.locator('.consents').textContent()).toMatch(/Gemeente Demo \(jeugdteam en leerplicht\): Wacht op bevestiging/);
    const ownConsent = (await director.locator('.consent-id').textContent()) ?? '';

    await director.getByLabel('Nieuwe AVE-fase').selectOption('3');
    await director.getByLabel('Reden', { exact: true }).fill('Zorgen in meerdere domeinen');
    await director.getByRole('button', { name: 'Opschalen' }).click();
    await director.getByRole('heading', { name: /wacht op bevestiging/ }).waitFor();
    expect(await director.locator('.pending').textContent()).toMatch(/een deelnemer van een andere organisatie dan de regisseur.*Veilig Thuis Regio Demo/);
    expect(await director.locator('.pending').textContent()).toMatch(/U kunt deze opschaling niet zelf bevestigen/);
    expect(await director.locator('.phase').textContent()).toBe('2');
    const caseUrl = director.url();

    // The school takes part but has no consent: in phase 2 it sees nothing of the case, and why.
    const school = pages[0] as Page;
    await choosePurpose(school, 'CASE_DISCUSSION');
    await school.goto(caseUrl);
    await settled(school);
    expect(await school.locator('.notice-forbidden[data-field="Case.phase"]').textContent()).toMatch(/geldige toestemming.*AVE-fase 3 of hoger/);
    expect(await school.locator('.phase').count()).toBe(0);

    // Veilig Thuis (consent, its own file on the child) confirms the escalation, and the director's own consent.
    const veiligThuis = pages[3] as Page;
    await choosePurpose(veiligThuis, 'CASE_DISCUSSION');
    await veiligThuis.goto(caseUrl);
    await settled(veiligThuis);
    await veiligThuis.locator('.pending').getByLabel('Uw naam').fill('Medewerker Veilig Thuis');
    await veiligThuis.getByRole('button', { name: 'Opschaling bevestigen' }).click();
    await expect.poll(() => veiligThuis.locator('.phase').textContent()).toBe('3');
    expect(await veiligThuis.locator('.pending').count()).toBe(0);
    await veiligThuis.getByLabel('Kenmerk van de toestemming').fill(ownConsent);
    await veiligThuis.getByRole('form', { name: 'Toestemming van de regisseur bevestigen' }).getByLabel('Uw naam').fill('Medewerker Veilig Thuis');
    await veiligThuis.getByRole('button', { name: 'Toestemming bevestigen' }).click();
    await veiligThuis.getByText('De toestemming is bevestigd: Geldig.').waitFor();
    await expectAccessible(veiligThuis, 'Casus (deelnemer)');

    await director.reload();
    await settled(director);
    expect(await director.locator('.phase').textContent()).toBe('3');
    expect(await director.locator('.history').textContent()).toMatch(/Fase 2 → 3.*bevestigd door Medewerker Veilig Thuis van Veilig Thuis Regio Demo/);
    expect(await director.locator('.consents').textContent()).toMatch(/Gemeente Demo \(jeugdteam en leerplicht\): Geldig.*bevestigd door Medewerker Veilig Thuis/);
    await expectAccessible(director, 'Casus (regisseur)');
    await screenshot(director, 'casus');

    // In phase 3 the school, a participant, sees the case on a legal basis: more than before.
    await school.reload();
    await settled(school);
    expect(await school.locator('.phase').textContent()).toBe('3');
    expect(await school.locator('#participants ~ .table-wrap, section[aria-labelledby="participants"] table').first().textContent()).toMatch(/Veilig Thuis Regio Demo/);
    await openChild(school);
    expect(await field(school, 'casus', 'openCase').textContent()).toMatch(/AVE-fase 3/);
  });

  it('lets the director plan, a participant update its own action, and close the case', async () => {
    const director = pages[4] as Page;
    await director.getByLabel('Nieuw doel').fill('Veilige thuissituatie');
    await director.getByRole('button', { name: 'Doel toevoegen' }).click();
    await director.getByRole('heading', { name: 'Doel: Veilige thuissituatie' }).waitFor();
    await director.getByLabel('Nieuwe actie').fill('Huisbezoek');
    await director.getByLabel('Eigenaar').selectOption({ label: 'Medewerker Veilig Thuis (Veilig Thuis Regio Demo)' });
    await director.getByRole('button', { name: 'Actie toevoegen' }).click();
    await director.getByRole('cell', { name: 'Huisbezoek' }).waitFor();

    const veiligThuis = pages[3] as Page;
    await veiligThuis.reload();
    await settled(veiligThuis);
    await veiligThuis.getByLabel('Status van Huisbezoek').selectOption('IN_PROGRESS');
    await director.reload();
    await expect.poll(() => director.getByRole('row', { name: /Huisbezoek/ }).textContent()).toMatch(/Bezig/);
    expect(await director.getByLabel('Status van Huisbezoek').count()).toBe(0);

    const caseUrl = director.url();
    await director.getByLabel('Reden van sluiten').fill('Plan uitgevoerd, gezin op weg');
    await director.getByRole('button', { name: 'Casus sluiten' }).click();
    await director.getByRole('heading', { name: 'Casussen', exact: true }).waitFor();
    await settled(director);
    expect(await director.locator('main').textContent()).not.toContain(caseUrl.split('/').at(-1));
    // A closed case releases nothing more to its former participants.
    await veiligThuis.goto(caseUrl);
    await settled(veiligThuis);
    expect(await veiligThuis.getByRole('alert').textContent()).toMatch(/niet open/);
  });

  it('shows the privacy officer the views just made in the child’s log, filterable and exportable', async () => {
    const officer = await as({ organisation: 'gemeente-demo', role: 'PRIVACY_OFFICER', purpose: 'DATA_SUBJECT_ACCESS' });
    await officer.getByLabel('Pseudoniem van het kind').fill(CHILD);
    await officer.getByRole('button', { name: 'Log tonen' }).click();
    await settled(officer);
    const log = officer.locator('table.log').first();
    const text = await log.textContent();
    for (const professional of ['dev-school-care-coordinator-school-esdoorn', 'dev-police-officer-politie-basisteam', 'dev-jgz-professional-ggd-regio', 'dev-case-director-gemeente-demo']) {
      expect(text).toContain(professional);
    }
    expect(text).toMatch(/Child\.policeRegistrations/);
    await officer.getByLabel('Organisatie').first().selectOption({ label: 'Politie Basisteam Demo' });
    const policeRows = await log.locator('tbody tr').allTextContents();
    expect(policeRows.length).toBeGreaterThan(0);
    expect(policeRows.every((row) => row.includes('dev-police-officer-politie-basisteam'))).toBe(true);
    const [download] = await Promise.all([officer.waitForEvent('download'), officer.getByRole('button', { name: 'Exporteren als CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await expectAccessible(officer, 'Verwerkingenlog');
    await screenshot(officer, 'verwerkingenlog', { fullPage: false });
  });

  it('renders the trend chart for the policy analyst, small counts as "< 5" and never a child', async () => {
    const analyst = await as({ organisation: 'gemeente-demo', role: 'POLICY_ANALYST', purpose: 'TREND_MONITORING' });
    await analyst.locator('canvas[data-chart="Per maand"]').waitFor();
    await settled(analyst);
    // Chart.js drew on the canvas: the legend and bars are in the series' colours, not only white.
    const coloured = await analyst.locator('canvas[data-chart="Per maand"]').evaluate((canvas: HTMLCanvasElement) => {
      const { data } = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i + 3] ?? 0) > 0 && (data[i + 2] ?? 0) > 120 && (data[i] ?? 0) < 60) count++;
      return count;
    });
    expect(coloured).toBeGreaterThan(20);
    expect(await analyst.locator('main').textContent()).toContain('< 5');
    expect(await analyst.locator('main').textContent()).not.toContain(CHILD);
    await expectAccessible(analyst, 'Trends');
    await screenshot(analyst, 'trends');
  });
});
