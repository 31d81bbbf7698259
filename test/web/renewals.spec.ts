import { expect, signIn, test } from './fixtures.js';
import { checkBothSizes, finish } from './support/a11y.js';
import { registerLearner } from './support/courses.js';

/** A day from today in UTC. */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A one-page PDF, enough for the file check (it reads the bytes, not the name). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

test('a learner plans a Florida renewal: outside CE with its certificate, a refused file, the audit pack', async ({
  page,
  api,
}) => {
  const learner = await registerLearner(api, 'Robin Reyes, PT');
  await learner.client.ok(
    `mutation ($input: SaveLicenseInput!) { saveLicense(input: $input) { id } }`,
    {
      input: {
        state: 'FL',
        profession: 'PHYSICAL_THERAPIST',
        number: 'PT12345',
        expiresOn: daysFromNow(50),
      },
    },
  );

  // From the account page's licenses section to the planner.
  await signIn(page, learner.email, learner.password, '/account');
  await page.getByRole('link', { name: 'Plan your license renewals' }).click();
  await expect(page).toHaveURL(/\/renewal-planner$/);
  const florida = page.getByRole('region', { name: 'Florida license PT12345' });
  await expect(florida).toContainText(/Still needed\s*24 h/);
  await expect(florida).toContainText('Missing: Prevention of medical errors');

  // A text file named .pdf is refused by its content, beside the file field.
  const form = page.getByRole('form', { name: 'Add outside CE' });
  await form.getByLabel('Provider').fill('Florida PT Association');
  await form.getByLabel('Course title').fill('Preventing medical errors');
  await form.getByLabel('Completed on').fill(daysFromNow(-10));
  await form.getByLabel(/^Hours/).fill('2');
  await form.getByLabel('Prevention of medical errors').check();
  await form.getByLabel(/Certificate file/).setInputFiles({
    name: 'certificate.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('not really a PDF'),
  });
  await form.getByRole('button', { name: 'Add outside CE' }).click();
  await expect(form.getByText(/This file is not a PDF, PNG or JPEG/)).toBeVisible();
  await expect(form.getByLabel(/Certificate file/)).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel(/Certificate file/).setInputFiles({
    name: 'certificate.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await form.getByRole('button', { name: 'Add outside CE' }).click();
  await expect(page.getByText('Outside CE added to your plan.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Outside CE records' })).toContainText(
    'Preventing medical errors',
  );
  await expect(florida).toContainText(/Still needed\s*22 h/);
  await expect(florida).toContainText('Met: Prevention of medical errors');

  const download = page.waitForEvent('download');
  await florida.getByRole('button', { name: 'Download the audit pack (PDF)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^ce-audit-pack-FL-.+\.pdf$/);

  await checkBothSizes(page, 'renewal-planner');
  await finish(page, 'renewal-planner');
});
