import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, screenshot, settled, signIn } from './appPage.ts';
import { browserForThisFile } from './chromium.ts';

// The warm handover from childcare to school in the browser: the childcare that holds the child's
// placement prepares the form; the school sees nothing of it until the parents' consent is recorded.
// A child placed at Het Zonnetje in the default demo data (its placement has not ended).
const CHILD = 'ch_4izwz90Kne8jIAPtyee7f2cjUjX';
const webUrl = inject('webUrl');
const browser = browserForThisFile();

describe('warme overdracht in the browser', () => {
  it('is prepared by the childcare and reaches the school once the parents consent', async () => {
    const childcare = await signIn(browser(), webUrl, { organisation: 'kdv-zonnetje', role: 'CHILDCARE_WORKER', purpose: 'WARM_HANDOVER' });
    await childcare.getByRole('link', { name: 'Warme overdracht' }).click();
    await childcare.getByLabel('Pseudoniem van het kind').fill(CHILD);
    await childcare.getByLabel('Geboortedatum').fill('2022-10-01');
    await childcare.getByLabel('Naar school').selectOption('school-kompas');
    await childcare.getByLabel('VVE-programma').fill('Piramide');
    await childcare.getByLabel('Duur VVE (maanden)').fill('18');
    await childcare.getByLabel('Ontwikkeling van het kind').fill('Speelt graag samen, taal in ontwikkeling.');
    await childcare.getByLabel('Aandachtspunten (één per regel)').fill('Woordenschat\nOvergangen in de dag');
    await childcare.getByRole('button', { name: 'Klaarzetten' }).click();
    await childcare.getByText(/Het overdrachtsformulier is klaargezet/).waitFor();
    await settled(childcare);
    const prepared = childcare.locator('li', { hasText: CHILD });
    expect(await prepared.textContent()).toMatch(/Basisschool Het Kompas.*Wacht op toestemming ouders/);

    const school = await signIn(browser(), webUrl, { organisation: 'school-kompas', role: 'SCHOOL_CARE_COORDINATOR', purpose: 'WARM_HANDOVER' });
    await school.getByRole('link', { name: 'Warme overdracht' }).click();
    await settled(school);
    expect(await school.locator('main').textContent()).not.toContain(CHILD);

    await prepared.getByRole('button', { name: 'Toestemming ouders vastleggen' }).click();
    await expect.poll(() => prepared.textContent()).toMatch(/Vrijgegeven/);
    await expectAccessible(childcare, 'Warme overdracht (kinderopvang)');

    await school.reload();
    await settled(school);
    const incoming = school.locator('article', { hasText: CHILD });
    expect(await incoming.textContent()).toMatch(/Kinderdagverblijf Het Zonnetje.*Speelt graag samen.*Piramide.*Woordenschat/);
    await expectAccessible(school, 'Warme overdracht (school)');
    await screenshot(school, 'overdracht');
  });
});
