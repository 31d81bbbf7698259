import type { Page, TestInfo } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures.js';
import { expectNoSeriousA11yViolations } from './support/a11y.js';
import { createShortCourse, earnCertificate, registerLearner } from './support/courses.js';

const WIDE = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const LICENSE = 'Colorado — Physical therapist';

/**
 * Axe and a full-page screenshot at a laptop's size and a phone's, nothing wider than the
 * phone. The screenshots are this run's artifacts (test-results/), not committed images.
 */
async function checkBothSizes(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const [size, viewport] of [
    ['1366x768', WIDE],
    ['390x844', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await expectNoSeriousA11yViolations(page, `${name} at ${size}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `${name} at ${size}: wider than the window`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath(`${name}-${size}.png`), fullPage: true });
  }
  await page.setViewportSize(WIDE);
}

test('a learner corrects their license, reissues their certificate, and the old code points to the new one', async ({
  page,
  api,
}, testInfo) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const course = await createShortCourse(instructor, admin);
  // Registered with license PT-556677 in Colorado; the certificate prints it.
  const learner = await registerLearner(api, 'Robin Reyes, PT');
  const oldCode = await earnCertificate(learner.client, course);
  await page.setViewportSize(WIDE);
  await signIn(page, learner.email, learner.password, '/account');

  await test.step('the account page shows the name, profession and the printed license', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    await expect(page.getByLabel('Name, as certificates print it')).toHaveValue('Robin Reyes, PT');
    await expect(page.getByLabel('Profession', { exact: true })).toHaveValue('PHYSICAL_THERAPIST');
    const license = page.getByRole('listitem', { name: LICENSE });
    await expect(license.getByText('PT-556677')).toBeVisible();
    await expect(license.getByText('Printed on certificates')).toBeVisible();
  });

  await test.step('a malformed number is refused by its field', async () => {
    await page.getByRole('button', { name: `Correct: ${LICENSE}` }).click();
    const form = page.getByRole('form', { name: 'Correct this license' });
    await expect(form.getByLabel('State')).toBeFocused();
    await expect(form.getByLabel('State')).toHaveValue('CO');
    await form.getByLabel('License number').fill('PT#556678');
    await form.getByRole('button', { name: 'Save the correction' }).click();
    await expect(form.getByText('License number is not valid')).toBeVisible();
    await expect(form.getByLabel('License number')).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousA11yViolations(page, 'license number refused');
  });

  await test.step('the corrected number is saved, and reissuing is pointed to', async () => {
    const form = page.getByRole('form', { name: 'Correct this license' });
    await form.getByLabel('License number').fill('PT-556678');
    await form.getByRole('button', { name: 'Save the correction' }).click();
    await expect(form).toHaveCount(0);
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Your Colorado physical therapist license is corrected.' }),
    ).toBeVisible();
    const license = page.getByRole('listitem', { name: LICENSE });
    await expect(license.getByText('PT-556678')).toBeVisible();
    // Focus is back on the button that opened the form.
    await expect(page.getByRole('button', { name: `Correct: ${LICENSE}` })).toBeFocused();
    await checkBothSizes(page, testInfo, 'profile');
  });

  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: course.title }) });

  await test.step('the certificate is marked for reissue', async () => {
    await page.getByRole('link', { name: 'your certificates' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
    await expect(card.locator('dd.code')).toHaveText(oldCode);
    await expect(card.getByText('PT-556677 (CO)')).toBeVisible();
    await expect(
      card.getByText('Your name or license has changed since this certificate was issued.'),
    ).toBeVisible();
    await checkBothSizes(page, testInfo, 'certificates-reissuable');
  });

  let newCode = '';
  await test.step('reissue it: the list shows the new certificate, the status names its code', async () => {
    await card.getByRole('button', { name: 'Reissue with my current details' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reissue this certificate?' });
    await expect(dialog.getByText(oldCode)).toBeVisible();
    await dialog.getByRole('button', { name: 'Reissue' }).click();
    const status = page.getByRole('status').filter({ hasText: 'is reissued' });
    await expect(status).toBeVisible();
    await expect(card).toHaveCount(1);
    newCode = (await card.locator('dd.code').textContent())!.trim();
    expect(newCode).not.toBe(oldCode);
    await expect(status).toContainText(`Its new code is ${newCode}`);
    await expect(card.getByText('PT-556678 (CO)')).toBeVisible();
    await expect(card.getByRole('button', { name: 'Reissue with my current details' })).toHaveCount(
      0,
    );
    await expect(card.getByRole('heading', { name: course.title })).toBeFocused();
    await checkBothSizes(page, testInfo, 'certificates-reissued');
  });

  await test.step('the old code verifies as reissued, linking to the new one', async () => {
    const json = await page.request.get(`/verify/${oldCode}`, {
      headers: { accept: 'application/json' },
    });
    expect(await json.json()).toMatchObject({ status: 'SUPERSEDED', supersededByCode: newCode });
    await page.goto(`/verify/${oldCode}`);
    await expect(page.getByText('REISSUED', { exact: true })).toBeVisible();
    await expect(page.getByText(`Replaced by certificate ${newCode}`)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'As first printed' })).toBeVisible();
    await expect(page.getByText('PT-556677 (CO)')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'verify reissued');
    await page.screenshot({ path: testInfo.outputPath('verify-reissued.png'), fullPage: true });
    await page.getByRole('link', { name: newCode }).click();
  });

  await test.step('the new code verifies as valid, with the corrected number', async () => {
    await expect(page).toHaveURL(new RegExp(`/verify/${newCode}$`));
    await expect(page.getByText('VALID', { exact: true })).toBeVisible();
    await expect(page.getByText('PT-556678 (CO)')).toBeVisible();
    await expect(page.locator('#main').getByText('Robin Reyes, PT', { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'verify the new code');
  });
});
